-- The target's major version: the scratch server that puts the desired schema into PostgreSQL's
-- words runs the same one.
SELECT pg_catalog.current_setting('server_version_num')::int / 10000
