-- as pg_dump writes an unlogged table's serial column: the sequence on its own, logged; written
-- serial, PostgreSQL 15 on would make it unlogged with the table
CREATE SEQUENCE limits_id_seq;
CREATE UNLOGGED TABLE limits (id bigint NOT NULL DEFAULT nextval('limits_id_seq'), key text);
ALTER SEQUENCE limits_id_seq OWNED BY limits.id;
