-- The tables, columns and indexes the current transaction created or changed: their catalog rows
-- carry its transaction id (xmin). Cheap whatever the schema's size, which keeps the runner's
-- overhead per migration small; run inside the migration's own transaction, before it commits.
SELECT 'table' AS kind, n.nspname::text AS schema_name, c.relname::text AS table_name, c.relname::text AS object_name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
   AND c.xmin = pg_catalog.pg_current_xact_id()::xid
UNION ALL
SELECT 'column', n.nspname::text, c.relname::text, a.attname::text
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
   AND a.xmin = pg_catalog.pg_current_xact_id()::xid
UNION ALL
SELECT 'index', n.nspname::text, t.relname::text, i.relname::text
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND t.relname NOT LIKE '\_\_dibs\_%'
   AND i.xmin = pg_catalog.pg_current_xact_id()::xid
