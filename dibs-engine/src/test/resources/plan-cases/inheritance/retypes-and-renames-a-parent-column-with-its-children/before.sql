CREATE TABLE favorites (id integer NOT NULL, user_id integer NOT NULL, CONSTRAINT favorites_pkey PRIMARY KEY (id));
CREATE TABLE favorites_0 () INHERITS (favorites);
CREATE INDEX favorites_0_user_id_idx ON favorites_0 (user_id);
INSERT INTO favorites_0 VALUES (1, 2);
