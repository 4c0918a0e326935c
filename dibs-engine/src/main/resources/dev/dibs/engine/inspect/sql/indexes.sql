-- Indexes that back no primary key, unique or exclusion constraint of their table, read as
-- structured data: one entry per index column, the column's name or the expression as Postgres
-- prints it, its sort options (bit 0: DESC, bit 1: NULLS FIRST), then the INCLUDE columns. A key's
-- operator class and collation are read from the full definition, where PostgreSQL prints exactly
-- those that are not the key's defaults: each key's text there starts with its key_texts entry.
SELECT x.indrelid::bigint AS table_oid,
       i.relname::text AS index_name,
       am.amname::text AS method,
       x.indisunique AS is_unique,
       x.indnkeyatts AS key_count,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       -- one index lookup per key column (an expression, attnum 0, gives null)
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                      WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1])
               FROM pg_catalog.generate_series(1, x.indnatts) AS s(n)
              ORDER BY s.n) AS column_names,
       ARRAY(SELECT CASE WHEN x.indkey[s.n - 1] = 0
                         THEN pg_catalog.pg_get_indexdef(x.indexrelid, s.n, false) END
               FROM pg_catalog.generate_series(1, x.indnatts) AS s(n)
              ORDER BY s.n) AS expressions,
       ARRAY(SELECT x.indoption[s.n - 1]::int
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
              ORDER BY s.n) AS options,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, s.n, false)
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
              ORDER BY s.n) AS key_texts,
       pg_catalog.pg_get_indexdef(x.indexrelid) AS definition,
       ${indnullsnotdistinct} AS nulls_not_distinct,
       COALESCE(i.reloptions, '{}'::text[]) AS storage,
       (SELECT ds.description FROM pg_catalog.pg_description ds
         WHERE ds.objoid = x.indexrelid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND ds.objsubid = 0) AS comment
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
 WHERE x.indrelid = ANY (?::pg_catalog.oid[])
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid = x.indrelid AND k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
 ORDER BY x.indrelid, x.indexrelid -- any stable order: the model sorts by name
