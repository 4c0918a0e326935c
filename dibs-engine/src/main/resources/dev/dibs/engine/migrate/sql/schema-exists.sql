-- Whether the metadata schema exists already (CREATE SCHEMA IF NOT EXISTS needs CREATE on the database).
SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?
