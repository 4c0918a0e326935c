CREATE SCHEMA app;
CREATE TABLE app.events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
