-- The enum's labels are reordered, so it is re-created and its columns converted; a trigger whose
-- WHEN uses a column of it is on a table the plan drops. PostgreSQL refuses to convert a column a
-- trigger uses, but only the columns that keep the type are converted: the table (trigger and all)
-- goes first, and none of its columns is converted.
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood);
CREATE TABLE public.moods_log (id integer PRIMARY KEY, mood public.mood);
CREATE FUNCTION public.keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER moods_log_changed BEFORE UPDATE ON public.moods_log FOR EACH ROW
    WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION public.keep();
