CREATE SEQUENCE numbers;
CREATE TABLE t (id bigint DEFAULT nextval('numbers'));
