CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, region text NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE events_2024_rest PARTITION OF events_2024 DEFAULT;
CREATE TABLE events_2024_made_by_hand PARTITION OF events_2024 FOR VALUES IN ('jp');
INSERT INTO events VALUES (1, '2024-03-01', 'eu'), (2, '2024-03-01', 'jp');
