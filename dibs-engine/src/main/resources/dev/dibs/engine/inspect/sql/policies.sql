-- The row-level-security policies of the managed tables (the oids tables.sql returned). Roles are
-- sorted by name, PUBLIC (role 0) as "public"; the expressions as pg_get_expr prints them against
-- the table (its columns unqualified). Policies of other relations stay notes (unmanaged.sql).
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       p.polname::text AS policy_name,
       p.polpermissive AS permissive,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       ARRAY(SELECT CASE WHEN g.role = 0 THEN 'public' ELSE r.rolname::text END
               FROM pg_catalog.unnest(p.polroles) AS g(role)
               LEFT JOIN pg_catalog.pg_roles r ON r.oid = g.role
              ORDER BY 1) AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expression,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression,
       ds.description AS comment,
       -- the columns of its table it reads: PostgreSQL refuses to drop or retype them
       ARRAY(SELECT DISTINCT a.attname::text
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
              WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objid = p.oid
                AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = p.polrelid
                AND d.refobjsubid > 0
              ORDER BY 1) AS columns,
       -- the other relations and their columns it reads (in a subquery): PostgreSQL refuses to drop them
       u.read_schemas, u.read_relations, u.read_columns
  FROM pg_catalog.pg_policy p
  JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND ds.objsubid = 0
  LEFT JOIN LATERAL (
        SELECT pg_catalog.array_agg(rn.nspname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_schemas,
               pg_catalog.array_agg(r.relname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_relations,
               pg_catalog.array_agg(a.attname::text ORDER BY rn.nspname, r.relname, a.attname) AS read_columns
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class r ON r.oid = d.refobjid
          JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
          LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
         WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objid = p.oid
           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid <> p.polrelid) u ON true
 WHERE p.polrelid = ANY (?::pg_catalog.oid[])
 ORDER BY p.oid -- any stable order: the model sorts by table and name
