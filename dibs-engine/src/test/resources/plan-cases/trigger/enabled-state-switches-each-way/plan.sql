ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER to_always;
-- hazards: CHANGES_BEHAVIOR
ALTER TABLE public.accounts DISABLE TRIGGER to_disabled;
ALTER TABLE public.accounts ENABLE TRIGGER to_enabled;
-- hazards: CHANGES_BEHAVIOR
ALTER TABLE public.accounts ENABLE REPLICA TRIGGER to_replica;
