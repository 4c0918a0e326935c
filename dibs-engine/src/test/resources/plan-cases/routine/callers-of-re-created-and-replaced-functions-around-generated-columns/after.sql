CREATE FUNCTION f(y integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN y + 2;
CREATE FUNCTION g(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN public.f(x) * 10;
CREATE FUNCTION h(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 200 $$;
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    p integer GENERATED ALWAYS AS (public.g(a)) STORED,
    q integer GENERATED ALWAYS AS (public.h(a)) STORED
);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(q) FROM public.t; END;
