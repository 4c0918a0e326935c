CREATE TABLE t (id int PRIMARY KEY, created_at timestamp NOT NULL, seen timestamptz(3), at_time time(2), took interval(3), cut timestamp(6));
INSERT INTO t VALUES (1, '2026-01-01 10:00:00.123456', '2026-01-01 10:00:00.123', '10:00:00.12', '1.123 second', '2026-01-01 10:00:00.123456');
