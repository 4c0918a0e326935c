-- The migration's transaction id, taken when it starts (it assigns one).
SELECT pg_catalog.pg_current_xact_id()::text
