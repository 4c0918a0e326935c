-- The enum's labels are reordered, so it is re-created and every column of it converted; a policy
-- reads a column of it on a table the plan drops. PostgreSQL refuses to convert a column a policy
-- reads, and the table goes only after the conversion: the policy must be dropped first.
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood, gone public.mood);
CREATE TABLE public.moods_log (id integer PRIMARY KEY, mood public.mood);
CREATE POLICY recent ON public.moods_log FOR DELETE USING (mood IS NOT NULL);
