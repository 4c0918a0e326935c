-- committed before the rest: later statements may use the new label
ALTER TYPE public.status ADD VALUE 'PACKED' BEFORE 'SENT';
-- committed before the rest: later statements may use the new label
ALTER TYPE public.status ADD VALUE 'DELIVERED' AFTER 'SENT';
ALTER TYPE public.status RENAME VALUE 'SENT' TO 'SHIPPED';
