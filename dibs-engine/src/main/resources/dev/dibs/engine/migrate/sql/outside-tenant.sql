-- Tenant mode: what the migration's own transaction created or changed outside the tenant's schema
-- (parameter 1, three times), before it is recorded. A migration runs once per tenant with the
-- search_path pinned to the tenant, so a name qualified with another schema (public.accounts) lands
-- in a schema every tenant shares: the first tenant creates it there, the others fail on it. Objects
-- whose catalog row carries the transaction's id (xmin): relations among those it holds a lock on
-- (as record-transactional.sql finds them), functions, procedures and types. Temporary objects and
-- the members of an extension (CREATE EXTENSION IF NOT EXISTS, shared by design) are left out.
WITH locked AS (
    SELECT DISTINCT l.relation AS oid
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.relation >= 16384::oid
)
SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                      WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'c' THEN 'type' WHEN 'f' THEN 'foreign table'
                      ELSE 'table' END AS kind,
       n.nspname::text AS schema_name, c.relname::text AS object_name
  FROM locked k
  JOIN pg_catalog.pg_class c ON c.oid = k.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.xmin = pg_catalog.pg_current_xact_id()::xid AND n.nspname <> ?
   AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast%' AND c.relpersistence <> 't'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname::text, p.proname::text
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 WHERE p.xmin = pg_catalog.pg_current_xact_id()::xid AND n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
UNION ALL
-- enums, domains, ranges and base types (a table's or a composite's row type is its relation's)
SELECT 'type', n.nspname::text, t.typname::text
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
 WHERE t.xmin = pg_catalog.pg_current_xact_id()::xid AND n.nspname <> ? AND n.nspname NOT LIKE 'pg\_temp\_%'
   AND t.typrelid = 0 AND t.typtype IN ('e', 'd', 'r', 'b') AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
 ORDER BY 2, 3, 1
