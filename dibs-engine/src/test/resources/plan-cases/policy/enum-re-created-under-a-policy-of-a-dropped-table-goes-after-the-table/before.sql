-- The enum's labels are reordered, so it is re-created and its columns converted; a policy reads a
-- column of it on a table the plan drops. PostgreSQL refuses to convert a column a policy reads, but
-- only the columns that keep the type are converted: the table (policy and all) and the dropped
-- column go first, and nothing of theirs is converted.
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood, gone public.mood);
CREATE TABLE public.moods_log (id integer PRIMARY KEY, mood public.mood);
CREATE POLICY recent ON public.moods_log FOR DELETE USING (mood IS NOT NULL);
