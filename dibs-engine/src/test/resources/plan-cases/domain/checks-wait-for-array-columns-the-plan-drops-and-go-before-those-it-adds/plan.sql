-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.e SET NOT NULL;
ALTER DOMAIN public.e ADD CONSTRAINT e_small CHECK ((VALUE < 100)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.e VALIDATE CONSTRAINT e_small;
DROP DOMAIN public.e_list;
CREATE DOMAIN public.e_list AS public.e[];
CREATE TABLE public.new_arrays (
    id integer NOT NULL,
    vs public.e_list,
    CONSTRAINT new_arrays_pkey PRIMARY KEY (id)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD COLUMN es public.e[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.old_arrays;
ALTER DOMAIN public.d ADD CONSTRAINT d_positive CHECK ((VALUE > 0)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.d VALIDATE CONSTRAINT d_positive;
