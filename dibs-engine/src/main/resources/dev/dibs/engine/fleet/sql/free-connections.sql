-- Connections a fleet may still open on this server: max_connections less the reserved ones
-- (superuser_reserved_connections; reserved_connections from PostgreSQL 16) and the client
-- backends already connected.
SELECT pg_catalog.current_setting('max_connections')::int
     - pg_catalog.current_setting('superuser_reserved_connections')::int
     - coalesce(pg_catalog.current_setting('reserved_connections', true)::int, 0)
     - (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE backend_type = 'client backend')::int
