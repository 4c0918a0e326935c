-- a renamed table whose row type another table's columns take: PostgreSQL renames the type with the
-- table, so those columns keep it (no ALTER COLUMN … TYPE) and their rows stay
CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE TABLE snap (id int PRIMARY KEY, who users, crowd users[]);
INSERT INTO snap VALUES (1, ROW(7, 'ada'), ARRAY[ROW(8, 'bob')::users]);
