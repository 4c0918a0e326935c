-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites ALTER COLUMN kind SET DEFAULT 'plain'::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites ADD CONSTRAINT favorites_kind_dibs_not_null CHECK (kind IS NOT NULL) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites_1 ALTER COLUMN kind DROP DEFAULT, ALTER COLUMN kind SET DEFAULT 'own'::text;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.favorites VALIDATE CONSTRAINT favorites_kind_dibs_not_null;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.favorites ALTER COLUMN kind SET NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.favorites DROP CONSTRAINT favorites_kind_dibs_not_null;
