-- a table whose key becomes an identity
CREATE TABLE e (id bigint PRIMARY KEY);
