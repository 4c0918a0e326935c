CREATE TABLE sessions (id integer PRIMARY KEY, data text);
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text) WITH (fillfactor = 50);
CREATE TABLE events (id integer PRIMARY KEY, payload text) WITH (fillfactor = 80, autovacuum_enabled = false);
