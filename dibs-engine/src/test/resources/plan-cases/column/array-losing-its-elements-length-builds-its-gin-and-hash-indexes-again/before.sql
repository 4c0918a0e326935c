CREATE TABLE t (id int PRIMARY KEY, tags varchar(20)[], prices numeric(5,2)[], codes varchar(10)[]);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_prices ON t USING hash (prices);
CREATE INDEX t_codes ON t (codes);
INSERT INTO t VALUES (1, '{a}', '{1.5}', '{x}');
