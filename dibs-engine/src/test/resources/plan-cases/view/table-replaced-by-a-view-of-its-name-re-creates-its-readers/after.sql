CREATE TABLE t_data (id uuid, name text);
CREATE VIEW data AS SELECT * FROM t_data;
CREATE VIEW q AS SELECT * FROM data;
