SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.reverse_textregexeq(text, text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT textregexeq($2, $1); $function$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE DOMAIN public.tag AS text DEFAULT ('t'::text || (('^x'::text OPERATOR(public.~<<) 'xy'::text))::text) CONSTRAINT tag_no_space CHECK ((NOT ('\s'::text OPERATOR(public.~<<) VALUE)));
CREATE OR REPLACE FUNCTION public.starts_with_a(t text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ('^a'::text OPERATOR(public.~<<) t);
CREATE TABLE public.tags (
    id integer NOT NULL,
    name public.tag,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);
