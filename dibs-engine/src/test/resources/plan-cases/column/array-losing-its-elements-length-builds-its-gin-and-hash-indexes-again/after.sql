-- each array loses its elements' length or precision: no row is written, but PostgreSQL builds the
-- GIN and hash indexes on them again (INDEX_BUILD), and keeps the btree one
CREATE TABLE t (id int PRIMARY KEY, tags varchar[], prices numeric[], codes varchar[]);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_prices ON t USING hash (prices);
CREATE INDEX t_codes ON t (codes);
