CREATE TABLE data (id uuid, name text);
CREATE VIEW q AS SELECT * FROM data;
