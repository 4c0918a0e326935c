-- a table whose key becomes an identity
CREATE TABLE e (id bigint PRIMARY KEY);
CREATE TABLE g (id integer PRIMARY KEY);
