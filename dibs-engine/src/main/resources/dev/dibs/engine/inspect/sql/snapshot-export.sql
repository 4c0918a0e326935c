-- The transaction's snapshot, for a second connection to read the same catalog (outside any
-- savepoint: PostgreSQL exports no snapshot from a subtransaction).
SELECT pg_catalog.pg_export_snapshot()
