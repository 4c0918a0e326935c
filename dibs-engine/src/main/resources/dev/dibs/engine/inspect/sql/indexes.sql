-- Indexes that back no primary key, unique or exclusion constraint of their table, read as
-- structured data: one entry per index column, the column's name or the expression as Postgres
-- prints it, its sort options (bit 0: DESC, bit 1: NULLS FIRST), then the INCLUDE columns.
SELECT m.nspname::text AS schema_name,
       m.relname::text AS table_name,
       i.relname::text AS index_name,
       am.amname::text AS method,
       x.indisunique AS is_unique,
       x.indnkeyatts AS key_count,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       ARRAY(SELECT a.attname::text
               FROM pg_catalog.generate_series(1, x.indnatts) AS s(n)
               LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1]
              ORDER BY s.n) AS column_names,
       ARRAY(SELECT CASE WHEN x.indkey[s.n - 1] = 0
                         THEN pg_catalog.pg_get_indexdef(x.indexrelid, s.n, false) END
               FROM pg_catalog.generate_series(1, x.indnatts) AS s(n)
              ORDER BY s.n) AS expressions,
       ARRAY(SELECT x.indoption[s.n - 1]::int
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
              ORDER BY s.n) AS options
  FROM managed m
  JOIN pg_catalog.pg_index x ON x.indrelid = m.oid
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
 WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid = x.indrelid AND k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
 ORDER BY 1, 2, 3
