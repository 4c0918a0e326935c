-- The triggers of the managed tables (the oids tables.sql returned) and of the managed views (those
-- views.sql reads: in the requested schemas, not an extension's, not __dibs_*). Left out: PostgreSQL's own
-- (tgisinternal: those behind foreign keys), dibs's (__dibs_*), and the clones a partitioned
-- table's trigger puts on each partition (tgparentid <> 0): they follow the parent's trigger.
-- The definition is printed under the inspection's search_path (pg_catalog), so the table and
-- the function are always schema-qualified.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       t.tgname::text AS trigger_name,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       fn.nspname || '.' || f.proname || '(' || pg_catalog.pg_get_function_identity_arguments(f.oid) || ')' AS function,
       t.tgenabled::text AS enabled,
       ds.description AS comment,
       -- the columns it depends on (UPDATE OF, WHEN): PostgreSQL refuses to drop or retype them
       ARRAY(SELECT DISTINCT a.attname::text
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
              WHERE d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objid = t.oid
                AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = t.tgrelid
                AND d.refobjsubid > 0
              ORDER BY 1) AS columns
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = t.oid AND ds.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND ds.objsubid = 0
 WHERE (t.tgrelid = ANY (?::pg_catalog.oid[])
        OR (c.relkind = 'v' AND n.nspname = ANY (?::text[]) AND c.relname NOT LIKE '\_\_dibs\_%'
            AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                             WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                               AND e.deptype = 'e')))
   AND NOT t.tgisinternal
   AND t.tgparentid = 0
   AND t.tgname NOT LIKE '\_\_dibs\_%'
 ORDER BY t.oid -- any stable order: the model sorts by table and name
