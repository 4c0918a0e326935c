CREATE SCHEMA app;
CREATE TABLE app.hashed (
    id bigint NOT NULL,
    CONSTRAINT hashed_pkey PRIMARY KEY (id)
) PARTITION BY HASH (id);
CREATE TABLE app.visits (
    id bigint NOT NULL,
    trackable_type text NOT NULL,
    at timestamp with time zone
) PARTITION BY LIST (trackable_type);
CREATE TABLE app.hashed_0 PARTITION OF app.hashed FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE app.hashed_1 PARTITION OF app.hashed FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE app.visits_posts PARTITION OF app.visits FOR VALUES IN ('Post');
CREATE TABLE app.visits_users PARTITION OF app.visits FOR VALUES IN ('User', 'Member');
