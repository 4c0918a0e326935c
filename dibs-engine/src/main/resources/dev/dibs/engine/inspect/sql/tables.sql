SELECT m.nspname::text AS schema_name,
       m.relname::text AS table_name,
       pg_catalog.obj_description(m.oid, 'pg_class') AS comment
  FROM managed m
 ORDER BY 1, 2
