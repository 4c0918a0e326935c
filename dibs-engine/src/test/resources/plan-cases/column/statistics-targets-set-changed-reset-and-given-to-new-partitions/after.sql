-- a target set, one reset to the server's default, one kept; a new table and a new column with one;
-- a partitioned table's target reaches its partitions, the one there is and the one the plan makes
CREATE TABLE posts (id bigint PRIMARY KEY, tag_index text, score integer, body text, rank integer);
ALTER TABLE posts ALTER COLUMN tag_index SET STATISTICS 2000;
ALTER TABLE posts ALTER COLUMN body SET STATISTICS 200;
ALTER TABLE posts ALTER COLUMN rank SET STATISTICS 50;
CREATE TABLE tags (name text PRIMARY KEY);
ALTER TABLE tags ALTER COLUMN name SET STATISTICS 0;
CREATE TABLE events (at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 300;
-- a column new with the new partition: its target reaches the partition through its table
ALTER TABLE events ADD COLUMN source text;
ALTER TABLE events ALTER COLUMN source SET STATISTICS 500;
