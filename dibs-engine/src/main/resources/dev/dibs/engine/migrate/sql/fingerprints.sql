-- One row per table, column and index in the managed schemas with an md5 of its definition: the
-- runner compares them before and after each migration to know what the migration created or
-- changed. One statement whatever the schema's size.
SELECT 'table' AS kind, n.nspname::text AS schema_name, c.relname::text AS table_name, c.relname::text AS object_name,
       md5(c.relkind::text) AS fingerprint
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
UNION ALL
SELECT 'column', n.nspname::text, c.relname::text, a.attname::text,
       md5(pg_catalog.format_type(a.atttypid, a.atttypmod) || a.attnotnull::text || a.attidentity::text
           || COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), ''))
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
UNION ALL
SELECT 'index', n.nspname::text, t.relname::text, i.relname::text, md5(pg_catalog.pg_get_indexdef(i.oid))
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND t.relname NOT LIKE '\_\_dibs\_%'
