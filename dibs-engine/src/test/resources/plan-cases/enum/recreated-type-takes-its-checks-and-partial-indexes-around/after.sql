-- labels reordered: the type is re-created, and the check and indexes whose expressions name it go
-- before and come back after (PostgreSQL would compare the new type with the old one)
CREATE TYPE prio AS ENUM ('high', 'mid', 'low');
CREATE TABLE q (id int PRIMARY KEY, p prio NOT NULL, CONSTRAINT q_not_high CHECK (p <> 'high'));
CREATE INDEX q_mid ON q (id) WHERE p = 'mid';
CREATE INDEX q_low ON q (id, (p = 'low'));
