-- Tenant mode: which of the objects a migration dropped were outside the tenant's schema. Sent on a
-- second connection while the migration's transaction is still open, so it sees the database as it
-- was before: the dropped objects are still there, and one made and dropped by the migration is not.
-- Parameters: the tenant's schema, the catalogs and the ids of the dropped objects
-- (tenant-probe.sql, in the same order).
--
-- An object is placed by its schema; one without a schema of its own (a trigger, a policy, a rule, a
-- column default, a toast table) by the object it belongs to, up the internal and automatic
-- dependencies: the trigger a tenant's foreign key puts on the shared table it references belongs to
-- that foreign key, and so to the tenant. Only the first object dropped of a chain is named: a
-- shared table, not also its row type, its indexes and its triggers.
WITH RECURSIVE me AS (
    SELECT n.oid AS tenant FROM pg_catalog.pg_namespace n WHERE n.nspname = ?::text
), dropped AS (
    SELECT d.classid, d.objid FROM ROWS FROM (pg_catalog.unnest(?::oid[]), pg_catalog.unnest(?::oid[])) AS d(classid, objid)
), chain AS (
    SELECT d.classid, d.objid, d.classid AS at_class, d.objid AS at_obj, 0 AS depth,
           (pg_catalog.pg_identify_object(d.classid, d.objid, 0)).schema AS at_schema
      FROM dropped d
    UNION ALL
    SELECT c.classid, c.objid, o.refclassid, o.refobjid, c.depth + 1,
           (pg_catalog.pg_identify_object(o.refclassid, o.refobjid, 0)).schema
      FROM chain c
     CROSS JOIN LATERAL (SELECT dep.refclassid, dep.refobjid FROM pg_catalog.pg_depend dep
                          WHERE dep.classid = c.at_class AND dep.objid = c.at_obj AND dep.deptype IN ('i', 'a')
                          ORDER BY dep.deptype DESC, dep.refclassid, dep.refobjid LIMIT 1) o
     WHERE c.depth < 8 AND (c.at_schema IS NULL OR c.at_schema = 'pg_toast')
), placed AS (
    SELECT DISTINCT ON (c.classid, c.objid) c.classid, c.objid, c.at_class, c.at_obj, c.at_schema
      FROM chain c ORDER BY c.classid, c.objid, c.depth DESC
)
SELECT i.type AS kind, i.identity
  FROM placed p, me
 CROSS JOIN LATERAL pg_catalog.pg_identify_object(p.classid, p.objid, 0) i
 WHERE i.identity IS NOT NULL -- there before the migration
   -- a schema: the tenant's, or a temporary one (temporary objects are the session's own)
   AND (p.at_schema IS NULL
        OR (pg_catalog.to_regnamespace(p.at_schema) IS DISTINCT FROM me.tenant AND p.at_schema !~ '^pg_(toast_)?temp_'))
   -- no schema of its own, nor an owner with one
   AND NOT (p.at_class = 'pg_catalog.pg_extension'::pg_catalog.regclass
            AND EXISTS (SELECT FROM pg_catalog.pg_extension e WHERE e.oid = p.at_obj AND e.extnamespace = me.tenant))
   AND NOT (p.at_class = 'pg_catalog.pg_cast'::pg_catalog.regclass
            AND EXISTS (SELECT FROM pg_catalog.pg_cast k JOIN pg_catalog.pg_type t ON t.oid IN (k.castsource, k.casttarget)
                         WHERE k.oid = p.at_obj AND t.typnamespace = me.tenant))
   AND NOT (p.at_class = 'pg_catalog.pg_default_acl'::pg_catalog.regclass
            AND EXISTS (SELECT FROM pg_catalog.pg_default_acl a WHERE a.oid = p.at_obj AND a.defaclnamespace = me.tenant))
   AND p.at_class <> 'pg_catalog.pg_largeobject'::pg_catalog.regclass
   -- named once: not what belongs to another object dropped
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend dep JOIN dropped d ON (d.classid, d.objid) = (dep.refclassid, dep.refobjid)
                    WHERE dep.classid = p.classid AND dep.objid = p.objid AND dep.deptype IN ('i', 'a')
                      AND (dep.refclassid, dep.refobjid) <> (p.classid, p.objid))
 ORDER BY i.type, i.identity
