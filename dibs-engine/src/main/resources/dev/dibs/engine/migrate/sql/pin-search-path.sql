-- The session's search_path, a bound value (its schema names quoted by the renderer): false = beyond the transaction.
SELECT pg_catalog.set_config('search_path', ?, false)
