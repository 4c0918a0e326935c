-- The views and materialized views dibs manages in the requested schemas (not members of an
-- extension, not named __dibs_*), both kinds in one query: they share every column but the last
-- three. The query is pg_get_viewdef's, printed under the inspection's search_path (pg_catalog), so
-- every name comes qualified. What the query reads comes from pg_depend of the view's _RETURN rule:
-- one row per relation read as a whole (column NULL) or per column read, in three parallel arrays;
-- and the functions it calls.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS view_name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid, false) AS definition,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_names,
       -- with a collation other than its type's: CREATE OR REPLACE VIEW may not change that either
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
                    || COALESCE(' COLLATE ' || pg_catalog.quote_ident(co.collname), '')
               FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
               LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_types,
       COALESCE(c.reloptions, '{}'::text[]) AS options,
       ds.description AS comment,
       u.read_schemas, u.read_relations, u.read_columns,
       -- the functions and procedures it calls (PostgreSQL's own are not recorded), as Routine.signature
       ARRAY(SELECT DISTINCT fn.nspname || '.' || f.proname || '(' || pg_catalog.pg_get_function_identity_arguments(f.oid) || ')'
               FROM pg_catalog.pg_rewrite w
               JOIN pg_catalog.pg_depend d
                 ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = w.oid
                AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'
               JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid
               JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
              WHERE w.ev_class = c.oid AND w.rulename = '_RETURN' AND fn.nspname <> 'pg_catalog'
              ORDER BY 1) AS functions,
       c.relispopulated AS populated,
       ARRAY(SELECT i.relname::text FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid ORDER BY i.relname) AS index_names,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid) FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid ORDER BY i.relname) AS index_definitions
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
  LEFT JOIN LATERAL (
        SELECT pg_catalog.array_agg(rn.nspname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_schemas,
               pg_catalog.array_agg(r.relname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_relations,
               pg_catalog.array_agg(a.attname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_columns
          FROM pg_catalog.pg_rewrite w
          JOIN pg_catalog.pg_depend d
            ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = w.oid
           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid <> c.oid AND d.deptype = 'n'
          JOIN pg_catalog.pg_class r ON r.oid = d.refobjid
          JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
          LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
         WHERE w.ev_class = c.oid AND w.rulename = '_RETURN') u ON true
 WHERE n.nspname = ANY (?::text[])
   AND c.relkind IN ('v', 'm')
   AND c.relname NOT LIKE '\_\_dibs\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY c.oid -- any stable order: the model sorts by name
