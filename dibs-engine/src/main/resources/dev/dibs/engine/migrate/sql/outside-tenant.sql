-- Tenant mode: what the migration's own transaction created or changed outside the tenant's schema
-- (parameter 1, four times), before it is recorded. A migration runs once per tenant with the
-- search_path pinned to the tenant, so a name qualified with another schema (public.accounts) lands
-- in a schema every tenant shares: the first tenant creates it there, the others fail on it.
-- Objects whose catalog rows carry the transaction's id (xmin; one made inside a subtransaction, a
-- SAVEPOINT or a DO block's EXCEPTION clause, carries the subtransaction's and is not seen, as in
-- record-transactional.sql): relations among those it holds a lock on whose
-- columns it created or changed (a new table, view, sequence or index, an added or altered column;
-- not a shared table a new foreign key or child merely marks), functions, procedures, types and
-- operators. Temporary objects and what an extension brings (CREATE EXTENSION IF NOT EXISTS, shared
-- by design: its members, the indexes of its tables, a range type's constructors) are left out.
WITH me AS (
    SELECT pg_catalog.pg_current_xact_id()::xid AS top
), locked AS (
    SELECT DISTINCT l.relation AS oid
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.relation >= 16384::oid
), outside AS (
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                          WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'c' THEN 'type' WHEN 'f' THEN 'foreign table'
                          ELSE 'table' END AS kind,
           n.nspname::text AS schema_name, c.relname::text AS object_name
      FROM locked k
      JOIN pg_catalog.pg_class c ON c.oid = k.oid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast%' AND c.relpersistence <> 't'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a, me
                    WHERE a.attrelid = c.oid AND a.xmin = me.top)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'e'
                          AND d.objid IN (c.oid, (SELECT x.indrelid FROM pg_catalog.pg_index x WHERE x.indexrelid = c.oid)))
    UNION
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname::text, p.proname::text
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
      CROSS JOIN me
     WHERE p.oid >= 16384::oid AND p.xmin = me.top
       AND n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                          AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
    UNION
    -- enums, domains, ranges and base types (a table's or a composite's row type is its relation's)
    SELECT 'type', n.nspname::text, t.typname::text
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      CROSS JOIN me
     WHERE t.oid >= 16384::oid AND t.xmin = me.top
       AND n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%'
       AND t.typrelid = 0 AND t.typtype IN ('e', 'd', 'r', 'b') AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                          AND d.objid = t.oid AND d.deptype = 'e')
    UNION
    SELECT 'operator', n.nspname::text, o.oprname::text
      FROM pg_catalog.pg_operator o
      JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
      CROSS JOIN me
     WHERE o.oid >= 16384::oid AND o.xmin = me.top
       AND n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                          AND d.objid = o.oid AND d.deptype = 'e')
)
SELECT kind, schema_name, object_name FROM outside ORDER BY 2, 3, 1
