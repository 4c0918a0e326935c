-- The enum's labels are reordered, so it is re-created and every column of it converted; a trigger
-- whose WHEN uses a column of it is on a table the plan drops. PostgreSQL refuses to convert a
-- column a trigger uses, and the table goes only after the conversion: the trigger must go first.
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood);
CREATE TABLE public.moods_log (id integer PRIMARY KEY, mood public.mood);
CREATE FUNCTION public.keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER moods_log_changed BEFORE UPDATE ON public.moods_log FOR EACH ROW
    WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION public.keep();
