CREATE UNLOGGED TABLE sessions (id integer PRIMARY KEY, data text) WITH (autovacuum_vacuum_scale_factor = 0.005);
CREATE TABLE cache (k text PRIMARY KEY, v text);
CREATE TABLE events (id integer PRIMARY KEY, payload text) WITH (fillfactor = 70, toast.autovacuum_enabled = false);
CREATE UNLOGGED TABLE scratch (id integer PRIMARY KEY) WITH (fillfactor = 60);
