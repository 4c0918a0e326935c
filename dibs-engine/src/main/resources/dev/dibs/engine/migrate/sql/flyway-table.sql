-- Whether Flyway's schema history table exists: its schema and table name, as Flyway writes them (verbatim, case kept).
SELECT 1
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')
