-- The scratch session's search_path while it builds the SQL files, a bound value (names quoted by the renderer): false = beyond the transaction.
SELECT pg_catalog.set_config('search_path', ?, false)
