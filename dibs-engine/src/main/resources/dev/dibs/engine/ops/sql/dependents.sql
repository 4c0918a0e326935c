-- Views, materialized views and rules (dibs manages none of them) that use a table or column a
-- plan drops or retypes: PostgreSQL refuses the statement while they exist. The three parameters
-- are parallel arrays: schema, table, and column (NULL for the whole table).
WITH target AS (
    SELECT t.schema_name, t.table_name, t.column_name, c.oid AS table_oid, a.attnum
      FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]))
           AS t(schema_name, table_name, column_name)
      JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
      JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = t.column_name AND NOT a.attisdropped
)
SELECT DISTINCT t.schema_name, t.table_name, t.column_name,
       CASE WHEN w.rulename <> '_RETURN' THEN 'rule'
            WHEN v.relkind = 'm' THEN 'materialized view'
            ELSE 'view' END AS dependent_kind,
       CASE WHEN w.rulename <> '_RETURN' THEN vn.nspname || '.' || v.relname || '.' || w.rulename
            ELSE vn.nspname || '.' || v.relname END AS dependent_name
  FROM target t
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = t.table_oid
   AND (t.column_name IS NULL OR d.refobjsubid = t.attnum)
   AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.deptype = 'n'
  JOIN pg_catalog.pg_rewrite w ON w.oid = d.objid
  JOIN pg_catalog.pg_class v ON v.oid = w.ev_class
  JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
 WHERE v.oid <> t.table_oid
 ORDER BY 1, 2, 3, 5
