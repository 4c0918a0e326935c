CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int, d int);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
COMMENT ON INDEX t_b_idx IS 'old words';
CREATE INDEX t_c_idx ON t (c);
COMMENT ON INDEX t_c_idx IS 'goes away';
CREATE INDEX t_d_old ON t (d);
