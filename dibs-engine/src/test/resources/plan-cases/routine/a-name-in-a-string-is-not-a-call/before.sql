CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE TABLE t (id integer PRIMARY KEY, note text CONSTRAINT t_note_check CHECK (note <> 'public.positive(1)'));
