CREATE TYPE legacy AS ENUM ('A');
CREATE TABLE t (id int PRIMARY KEY, l legacy);
