CREATE TABLE public.users (
    id integer NOT NULL,
    first text,
    last text,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
CREATE OR REPLACE FUNCTION public.full_name(p public.users)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN (((p).first || ' '::text) || (p).last);
CREATE TABLE public.snap (
    id integer NOT NULL,
    who public.users,
    crowd public.users[],
    CONSTRAINT snap_pkey PRIMARY KEY (id)
);
CREATE INDEX users_full_name ON public.users USING btree ((public.full_name(users.*)));
ALTER TABLE public.users ADD CONSTRAINT users_named CHECK ((public.full_name(users.*) <> ' '::text));
