CREATE TABLE favorites (id bigint NOT NULL, user_id bigint NOT NULL, legacy text, CONSTRAINT favorites_pkey PRIMARY KEY (id));
CREATE TABLE favorites_0 () INHERITS (favorites);
CREATE TABLE favorites_1 () INHERITS (favorites);
INSERT INTO favorites_0 VALUES (1, 2, 'a');
INSERT INTO favorites_1 VALUES (2, 3, 'b');
