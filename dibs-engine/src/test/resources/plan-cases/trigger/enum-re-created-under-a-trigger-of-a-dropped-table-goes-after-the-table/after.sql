CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood);
CREATE FUNCTION public.keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
