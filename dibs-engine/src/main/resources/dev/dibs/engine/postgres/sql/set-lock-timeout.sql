-- lock_timeout for each statement dibs runs, a bound value; the second parameter: only for the current transaction.
SELECT pg_catalog.set_config('lock_timeout', ?, ?)
