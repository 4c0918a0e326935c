CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE FUNCTION g(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN public.f(x) * 10;
CREATE FUNCTION h(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 100 $$;
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    p integer GENERATED ALWAYS AS (public.g(a)) STORED,
    q integer GENERATED ALWAYS AS (public.h(a)) STORED
);
INSERT INTO t (id, a) VALUES (1, 1), (2, 2);
