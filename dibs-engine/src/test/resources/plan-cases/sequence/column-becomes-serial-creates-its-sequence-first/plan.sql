CREATE SEQUENCE public.table1_c1_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 100 CACHE 5 NO CYCLE;
ALTER SEQUENCE public.table1_c1_seq OWNED BY public.table1.c1;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.table1 ALTER COLUMN c1 SET DEFAULT nextval('public.table1_c1_seq'::regclass);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.table1 ADD CONSTRAINT table1_c1_dibs_not_null CHECK (c1 IS NOT NULL) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.table1 VALIDATE CONSTRAINT table1_c1_dibs_not_null;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.table1 ALTER COLUMN c1 SET NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.table1 DROP CONSTRAINT table1_c1_dibs_not_null;
