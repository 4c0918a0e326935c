-- The function's argument is renamed, so it is dropped and created again. The check only spells its
-- name inside a string literal: it does not call it, and stays as it is.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE TABLE t (id integer PRIMARY KEY, note text CONSTRAINT t_note_check CHECK (note <> 'public.positive(1)'));
