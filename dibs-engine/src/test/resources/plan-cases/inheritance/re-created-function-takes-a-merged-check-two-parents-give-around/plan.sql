-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings DROP CONSTRAINT kind_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.moods DROP CONSTRAINT kind_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings_0 DROP CONSTRAINT kind_check;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.ok(x text);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.ok(y text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (y <> ''::text);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings ADD CONSTRAINT kind_check CHECK (public.ok(kind)) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.moods ADD CONSTRAINT kind_check CHECK (public.ok(kind)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.feelings VALIDATE CONSTRAINT kind_check;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.moods VALIDATE CONSTRAINT kind_check;
