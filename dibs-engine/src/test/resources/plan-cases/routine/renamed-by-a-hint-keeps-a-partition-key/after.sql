-- a partition key calling the function follows the rename (PostgreSQL stores the call): no key
-- change, which dibs would refuse
-- dibs:renamed-from day_of
CREATE FUNCTION utc_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE RETURN (t AT TIME ZONE 'UTC')::date;
CREATE TABLE events (at timestamptz NOT NULL, what text) PARTITION BY RANGE (utc_day(at));
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
