DROP DOMAIN public.small;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.positive(v integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(w integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (w > 0);
CREATE DOMAIN public.flag AS boolean DEFAULT public.positive(1);
CREATE DOMAIN public.pos AS integer CONSTRAINT pos_check CHECK (public.positive(VALUE));
CREATE DOMAIN public.small AS integer CONSTRAINT small_check CHECK (public.positive(VALUE));
CREATE TABLE public.t (
    id integer NOT NULL,
    n public.pos,
    s public.small,
    f public.flag,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
