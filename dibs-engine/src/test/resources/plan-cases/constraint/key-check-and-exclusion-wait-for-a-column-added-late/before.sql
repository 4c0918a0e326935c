-- rooms gains a column of an enum the plan creates again (a label goes) after dropping a table
-- of the old type, so the column is added late; its primary key, re-added with the column as
-- INCLUDE, a check reading it and an exclusion constraint over it wait for the column (the key
-- was placed before it, and PostgreSQL refused: column "m" named in key does not exist)
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE old_rooms (id integer PRIMARY KEY, m mood);
CREATE TABLE rooms (id integer PRIMARY KEY);
INSERT INTO old_rooms VALUES (1, 'meh');
INSERT INTO rooms VALUES (1), (2);
