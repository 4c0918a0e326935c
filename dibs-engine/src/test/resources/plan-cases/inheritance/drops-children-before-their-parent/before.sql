CREATE TABLE favorites (id bigint NOT NULL, user_id bigint NOT NULL, CONSTRAINT favorites_pkey PRIMARY KEY (id));
CREATE TABLE favorites_0 (CONSTRAINT favorites_0_user_id_check CHECK (user_id % 2 = 0)) INHERITS (favorites);
CREATE TABLE favorites_1 (CONSTRAINT favorites_1_user_id_check CHECK (user_id % 2 = 1)) INHERITS (favorites);
CREATE TABLE keep (id bigint PRIMARY KEY);
