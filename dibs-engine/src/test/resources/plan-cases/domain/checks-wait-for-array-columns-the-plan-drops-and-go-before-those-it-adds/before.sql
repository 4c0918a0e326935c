CREATE DOMAIN d AS integer;
CREATE DOMAIN e AS integer;
CREATE DOMAIN e_list AS integer[];
CREATE TABLE old_arrays (id integer PRIMARY KEY, vs d[]);
INSERT INTO old_arrays VALUES (1, '{-1}');
CREATE TABLE t (id integer PRIMARY KEY);
INSERT INTO t VALUES (1);
