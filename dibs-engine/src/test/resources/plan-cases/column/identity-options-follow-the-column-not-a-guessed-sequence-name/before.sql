-- PostgreSQL keeps a sequence's name when its table is renamed: b's identity sequence is a_id_seq,
-- and the name b_id_seq belongs to c's
CREATE TABLE b (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE b RENAME TO c;
CREATE TABLE a (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE a RENAME TO b;
-- a serial key turning identity: its sequence s_id_seq is there when the identity's is made
CREATE TABLE s (id serial PRIMARY KEY);
