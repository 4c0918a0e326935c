-- The domains of the managed schemas that no extension owns, with their named checks. With the
-- inspection's search_path of pg_catalog alone, format_type and pg_get_expr print every type and
-- function outside pg_catalog schema-qualified: the text is written back into CREATE DOMAIN as is.
SELECT n.nspname::text AS schema_name,
       t.typname::text AS domain_name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       -- only a collation other than the base type's own, as CREATE DOMAIN … COLLATE says it
       CASE WHEN t.typcollation <> b.typcollation THEN
            CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
                 ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END
       END AS collation,
       COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) AS default_expression,
       t.typnotnull AS not_null,
       -- contype 'c' only: PostgreSQL 17 on also records a domain's NOT NULL in pg_constraint
       ARRAY(SELECT c.conname::text FROM pg_catalog.pg_constraint c
              WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_names,
       -- the definition without the NOT VALID pg_get_constraintdef appends: that is check_validated
       ARRAY(SELECT pg_catalog.regexp_replace(pg_catalog.pg_get_constraintdef(c.oid), ' NOT VALID$', '')
               FROM pg_catalog.pg_constraint c
              WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_definitions,
       ARRAY(SELECT c.convalidated FROM pg_catalog.pg_constraint c
              WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_validated,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
 WHERE t.typtype = 'd'
   AND n.nspname = ANY (?::text[])
   AND t.typname NOT LIKE '\_\_dibs\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
 ORDER BY 1, 2
