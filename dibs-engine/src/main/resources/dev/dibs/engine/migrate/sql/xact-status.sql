-- What PostgreSQL reports of a transaction: committed, aborted or in progress.
SELECT pg_catalog.pg_xact_status(?::xid8)
