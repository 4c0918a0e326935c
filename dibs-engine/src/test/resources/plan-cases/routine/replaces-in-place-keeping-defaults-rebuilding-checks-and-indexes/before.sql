CREATE FUNCTION positive(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$;
CREATE FUNCTION stamp(x integer) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'v1 ' || x; END $$;
CREATE TABLE t (id int PRIMARY KEY, a integer NOT NULL CHECK (positive(a)), s text DEFAULT stamp(0));
CREATE INDEX t_positive ON t (positive(a));
