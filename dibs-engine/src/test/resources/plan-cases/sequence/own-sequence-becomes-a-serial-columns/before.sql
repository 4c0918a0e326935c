CREATE TABLE t (id int NOT NULL);
CREATE SEQUENCE t_id_seq START WITH 50 OWNED BY t.id;
SELECT nextval('t_id_seq');
