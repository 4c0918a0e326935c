CREATE TABLE favorites (id bigint NOT NULL, user_id bigint NOT NULL, CONSTRAINT favorites_pkey PRIMARY KEY (id));
CREATE TABLE favorites_0 (CONSTRAINT favorites_0_user_id_check CHECK (user_id % 2 = 0)) INHERITS (favorites);
CREATE TABLE favorites_1 (note text, CONSTRAINT favorites_1_user_id_check CHECK (user_id % 2 = 1)) INHERITS (favorites);
INSERT INTO favorites_0 VALUES (1, 2);
INSERT INTO favorites_1 VALUES (2, 3, 'x');
