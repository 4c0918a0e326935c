CREATE FUNCTION day_of(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE RETURN (t AT TIME ZONE 'UTC')::date;
CREATE TABLE events (at timestamptz NOT NULL, what text) PARTITION BY RANGE (day_of(at));
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO events VALUES ('2026-06-01 12:00+00', 'launch');
