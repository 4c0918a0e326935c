CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.7';
COMMENT ON EXTENSION hstore IS 'ours';
CREATE TABLE doc (id int PRIMARY KEY, attrs hstore);
INSERT INTO doc VALUES (1, 'a=>1');
