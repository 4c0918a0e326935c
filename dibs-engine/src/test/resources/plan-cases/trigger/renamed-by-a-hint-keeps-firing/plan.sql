-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TRIGGER accounts_touch ON public.invoice RENAME TO invoice_touch;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TRIGGER "Old Check" ON public.invoice RENAME TO "New Check";
-- hazards: CHANGES_BEHAVIOR
ALTER TABLE public.invoice DISABLE TRIGGER "New Check";
