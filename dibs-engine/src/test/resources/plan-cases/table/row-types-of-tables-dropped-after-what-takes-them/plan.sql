-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.users_full_name;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.users DROP CONSTRAINT users_named;
CREATE TABLE public.kept (
    id integer NOT NULL,
    CONSTRAINT kept_pkey PRIMARY KEY (id)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.snap;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.full_name(p public.users);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.users;
