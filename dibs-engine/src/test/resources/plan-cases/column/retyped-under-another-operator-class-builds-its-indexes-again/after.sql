-- Each retype changes only the catalog, but PostgreSQL keeps an index only under the same operator
-- class, and under a polymorphic one (enum_ops, array_ops, range_ops) only for the very same type:
-- bit(4) to bit varying (bit_ops to varbit_ops; a domain over bit alike), a domain over an enum to
-- the enum and the enum to a domain over it build every index with the column as a key again, the
-- unique constraint's among them: INDEX_BUILD. Not so a column without an index, one only INCLUDEd
-- (it has no operator class), or varchar to text (text_ops both).
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN feeling AS mood;
CREATE DOMAIN tags AS text[];
CREATE TABLE t (id int PRIMARY KEY, flags bit varying NOT NULL UNIQUE, mask bit varying, plain bit varying, name text,
    tail bit varying, f mood, m feeling, boxed bit varying, tags tags);
CREATE INDEX t_mask ON t (mask);
CREATE INDEX t_name ON t (name);
CREATE INDEX t_tail ON t (id) INCLUDE (tail);
CREATE INDEX t_f ON t (f);
CREATE INDEX t_m ON t (m);
CREATE INDEX t_boxed ON t (boxed);
CREATE INDEX t_tags ON t USING gin (tags);
