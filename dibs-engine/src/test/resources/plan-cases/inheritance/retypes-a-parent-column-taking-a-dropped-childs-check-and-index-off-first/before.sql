CREATE TABLE t (id integer NOT NULL, c integer, CONSTRAINT t_c_check CHECK (c >= 0));
-- merged: declared again, so it stays the child's when the parent's goes
CREATE TABLE t_ih (CONSTRAINT t_c_check CHECK (c >= 0)) INHERITS (t);
CREATE INDEX t_ih_c_idx ON t_ih ((c + 1));
