CREATE TYPE prio AS ENUM ('low', 'mid', 'high');
CREATE TABLE old_q (id int PRIMARY KEY, p prio NOT NULL, CONSTRAINT old_q_high_is_two CHECK (p <> 'high' OR id = 2),
    CONSTRAINT old_q_one_low EXCLUDE USING btree (id WITH =) WHERE (p = 'low'));
CREATE INDEX old_q_low ON old_q (id) WHERE p = 'low';
INSERT INTO old_q VALUES (1, 'low'), (2, 'high');
