-- Definitions the scratch database re-printed, by the names dibs gave them, in the same form as
-- inspect/Fingerprints: an index from USING on (UNIQUE before it), a constraint without NOT VALID.
SELECT i.relname::text AS object_name,
       (CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END)
       || pg_catalog.substr(d.def, pg_catalog.strpos(d.def, ' ON ') + 4 + pg_catalog.length(
              CASE WHEN t.relkind = 'p' THEN 'ONLY ' ELSE '' END || x.indrelid::pg_catalog.regclass::text || ' ')) AS definition
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_indexdef(x.indexrelid) AS def) d
 WHERE i.relname = ANY (?::text[])
UNION ALL
SELECT k.conname::text, pg_catalog.regexp_replace(pg_catalog.pg_get_constraintdef(k.oid), ' NOT VALID$', '')
  FROM pg_catalog.pg_constraint k
 WHERE k.conname = ANY (?::text[]) AND k.contype IN ('p', 'u', 'f', 'c')
