-- a: commented; b: another comment; c: no comment; d: renamed and commented; e: a new commented index
CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int, d int);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON INDEX t_a_idx IS 'now described';
CREATE INDEX t_b_idx ON t (b);
COMMENT ON INDEX t_b_idx IS 'new words';
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_d_idx ON t (d);
COMMENT ON INDEX t_d_idx IS 'renamed, then described';
CREATE INDEX t_id_a_idx ON t (id, a);
COMMENT ON INDEX t_id_a_idx IS 'it''s new';
