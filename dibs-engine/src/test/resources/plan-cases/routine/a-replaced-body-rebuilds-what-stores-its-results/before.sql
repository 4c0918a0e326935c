CREATE FUNCTION plus(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE FUNCTION twice_plus(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN public.plus(public.plus(x));
CREATE FUNCTION half(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x / 2 $$;
CREATE FUNCTION label(x integer) RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'v1 ' || x $$;
CREATE DOMAIN small AS integer CONSTRAINT small_plus CHECK (public.plus(VALUE) < 100);
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    d small,
    p integer GENERATED ALWAYS AS (public.plus(a)) STORED,
    pp integer GENERATED ALWAYS AS (public.twice_plus(a)) STORED,
    h integer GENERATED ALWAYS AS (public.half(a)) STORED,
    s text DEFAULT public.label(0),
    CONSTRAINT t_a_plus CHECK (public.plus(a) < 100)
);
CREATE UNIQUE INDEX t_plus ON t (public.plus(a));
CREATE INDEX t_pp ON t (pp);
CREATE INDEX t_h ON t (h) WHERE public.half(a) > 0;
INSERT INTO t (id, a, d) VALUES (1, 10, 10), (2, 20, 20);
CREATE MATERIALIZED VIEW mv AS SELECT id, public.plus(a) AS pa FROM t;
CREATE INDEX mv_pa ON mv (pa);
