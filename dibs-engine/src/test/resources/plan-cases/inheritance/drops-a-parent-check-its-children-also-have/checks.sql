INSERT INTO events_2024 VALUES (2, ''), (3, '');
INSERT INTO events_2025 VALUES (4, '');
SELECT count(*) FROM events WHERE kind = '';
-- expect: 3
