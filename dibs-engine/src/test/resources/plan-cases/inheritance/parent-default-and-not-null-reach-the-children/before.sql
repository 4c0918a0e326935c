CREATE TABLE favorites (id bigint PRIMARY KEY, kind text);
CREATE TABLE favorites_0 () INHERITS (favorites);
CREATE TABLE favorites_1 () INHERITS (favorites);
ALTER TABLE ONLY favorites_1 ALTER COLUMN kind SET DEFAULT 'own';
INSERT INTO favorites_0 VALUES (1, 'a');
