CREATE FUNCTION span(x integer) RETURNS int4range LANGUAGE sql IMMUTABLE AS $$ SELECT int4range(x, x + 10) $$;
CREATE FUNCTION near(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT abs(a - b) < 100 $$;
CREATE OPERATOR ~~~ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.near);
CREATE FUNCTION shift(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    b integer NOT NULL,
    near_flag boolean GENERATED ALWAYS AS (a OPERATOR(public.~~~) b) STORED,
    CONSTRAINT t_near CHECK (a OPERATOR(public.~~~) b),
    CONSTRAINT t_spans EXCLUDE USING gist (public.span(a) WITH &&)
);
CREATE INDEX t_near_idx ON t ((a OPERATOR(public.~~~) b));
CREATE INDEX t_both ON t ((public.span(a)), (public.shift(b)));
INSERT INTO t (id, a, b) VALUES (1, 0, 5), (2, 20, 25);
