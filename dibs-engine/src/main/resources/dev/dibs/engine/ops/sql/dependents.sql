-- What PostgreSQL will not let a plan drop or retype, because objects dibs does not manage use it:
-- views, materialized views and rules (through their rewrite rules), functions with an SQL-standard
-- body, and foreign keys of tables outside the compared schemas. The first three parameters are
-- parallel arrays: schema, table, and column (NULL for the whole table); the fourth holds the
-- compared schemas, whose own foreign keys the plan takes care of.
WITH target AS (
    SELECT t.schema_name, t.table_name, t.column_name, c.oid AS table_oid, a.attnum
      FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]))
           AS t(schema_name, table_name, column_name)
      JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
      JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = t.column_name AND NOT a.attisdropped
), uses AS (
    SELECT t.schema_name, t.table_name, t.column_name, d.classid, d.objid
      FROM target t
      JOIN pg_catalog.pg_depend d
        ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = t.table_oid
       AND (t.column_name IS NULL OR d.refobjsubid = t.attnum) AND d.deptype = 'n'
)
SELECT DISTINCT schema_name, table_name, column_name, dependent_kind, dependent_name FROM (
    SELECT u.schema_name, u.table_name, u.column_name,
           CASE WHEN w.rulename <> '_RETURN' THEN 'rule'
                WHEN v.relkind = 'm' THEN 'materialized view'
                ELSE 'view' END AS dependent_kind,
           CASE WHEN w.rulename <> '_RETURN' THEN vn.nspname || '.' || v.relname || '.' || w.rulename
                ELSE vn.nspname || '.' || v.relname END AS dependent_name
      FROM uses u
      JOIN pg_catalog.pg_rewrite w ON u.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND w.oid = u.objid
      JOIN pg_catalog.pg_class v ON v.oid = w.ev_class
      JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
     WHERE NOT (vn.nspname = u.schema_name AND v.relname = u.table_name)
    UNION ALL
    SELECT u.schema_name, u.table_name, u.column_name, 'function',
           pn.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
      FROM uses u
      JOIN pg_catalog.pg_proc p ON u.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = u.objid
      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
    UNION ALL
    SELECT u.schema_name, u.table_name, u.column_name, 'foreign key', kn.nspname || '.' || kt.relname || '.' || k.conname
      FROM uses u
      JOIN pg_catalog.pg_constraint k ON u.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = u.objid
      JOIN pg_catalog.pg_class kt ON kt.oid = k.conrelid
      JOIN pg_catalog.pg_namespace kn ON kn.oid = kt.relnamespace
     WHERE k.contype = 'f' AND NOT (kn.nspname = ANY (?::text[]))
) found
 ORDER BY 1, 2, 3, 5
