CREATE TYPE prio AS ENUM ('low', 'mid', 'high');
CREATE TABLE q (id int PRIMARY KEY, p prio NOT NULL, CONSTRAINT q_not_high CHECK (p <> 'high'));
CREATE INDEX q_mid ON q (id) WHERE p = 'mid';
CREATE INDEX q_low ON q (id, (p = 'low'));
INSERT INTO q VALUES (1, 'low'), (2, 'mid');
