-- PostgreSQL validates no check of a domain an array column uses: the check stays, only the body changes
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 3;
CREATE DOMAIN dv AS integer CONSTRAINT dv_ck CHECK (public.f(VALUE) < 100);
CREATE TABLE t (id integer PRIMARY KEY, arr dv[]);
