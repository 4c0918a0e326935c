CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE DOMAIN dv AS integer CONSTRAINT dv_ck CHECK (public.f(VALUE) < 100);
CREATE TABLE t (id integer PRIMARY KEY, arr dv[]);
INSERT INTO t VALUES (1, '{1,2}');
