-- PostgreSQL keeps partition keys by column number: renaming a column a key reads (the table's
-- and a partition's own) renames it there too, and every row stays where it is
CREATE TABLE events (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu', 'uk') PARTITION BY LIST (region);
CREATE TABLE events_eu_uk PARTITION OF events_eu FOR VALUES IN ('uk');
CREATE TABLE events_eu_rest PARTITION OF events_eu DEFAULT;
INSERT INTO events VALUES (1, 'uk'), (2, 'eu');
