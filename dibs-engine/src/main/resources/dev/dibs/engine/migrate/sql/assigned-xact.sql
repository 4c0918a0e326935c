-- The transaction id now, if one is assigned: another id (or none) means the migration ended its transaction.
SELECT pg_catalog.pg_current_xact_id_if_assigned()::text
