CREATE SCHEMA app;
CREATE TABLE app.visits (id bigint NOT NULL, trackable_type text NOT NULL, at timestamptz) PARTITION BY LIST (trackable_type);
CREATE TABLE app.visits_posts PARTITION OF app.visits FOR VALUES IN ('Post');
CREATE TABLE app.visits_users PARTITION OF app.visits FOR VALUES IN ('User', 'Member');
CREATE TABLE app.hashed (id bigint PRIMARY KEY) PARTITION BY HASH (id);
CREATE TABLE app.hashed_0 PARTITION OF app.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE app.hashed_1 PARTITION OF app.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
