-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.q;
CREATE TABLE public.t_data (
    id uuid,
    name text
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.data;
CREATE VIEW public.data AS SELECT t_data.id,
    t_data.name
   FROM public.t_data;
CREATE VIEW public.q AS SELECT data.id,
    data.name
   FROM public.data;
-- suggestion: table public.t_data looks like a rename of public.data: add @RenamedFrom("data") to the class of public.t_data to rename the table and keep its rows
