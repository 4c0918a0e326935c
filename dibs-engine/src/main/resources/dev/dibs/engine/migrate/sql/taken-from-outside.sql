-- Tenant mode: which of the objects a migration dropped, or moved into the tenant's schema, were
-- outside it. Sent on a second connection while the migration's transaction is still open, so it
-- sees the database as it was before: a dropped object is still there, one made and dropped by the
-- migration is not, and a moved one is in the schema it came from.
-- Parameters: the tenant's schema; the catalogs, ids and schemas now (none: dropped) of the objects
-- the migration holds the lock of a drop on (tenant-probe.sql, in one order).
--
-- An object is placed by its schema; one without a schema of its own (a trigger, a policy, a rule, a
-- column default, a toast table) by the object it belongs to, up the internal and automatic
-- dependencies: the trigger a tenant's foreign key puts on the shared table it references belongs to
-- that foreign key, and so to the tenant; so does a foreign key PostgreSQL derived for a partition
-- when either of its tables is the tenant's. A default privilege is placed by its own schema. Only
-- the first object of a chain is named: a shared table, not also its row type, its indexes and its
-- triggers; an extension, not its members.
WITH RECURSIVE me AS (
    SELECT n.oid AS tenant, pg_catalog.quote_ident(n.nspname) AS schema FROM pg_catalog.pg_namespace n WHERE n.nspname = ?::text
), sent AS (
    SELECT d.classid, d.objid, d.namespace
      FROM ROWS FROM (pg_catalog.unnest(?::oid[]), pg_catalog.unnest(?::oid[]), pg_catalog.unnest(?::oid[])) AS d(classid, objid, namespace)
), derived AS (
    SELECT k.oid
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_class r ON r.oid IN (k.conrelid, k.confrelid)
     WHERE k.contype = 'f' AND k.conparentid <> 0::oid AND r.relnamespace IN (SELECT tenant FROM me)
), chain AS (
    SELECT d.classid, d.objid, d.classid AS at_class, d.objid AS at_obj, 0 AS depth,
           CASE WHEN d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objid IN (SELECT oid FROM derived)
                THEN (SELECT schema FROM me)
                ELSE (pg_catalog.pg_identify_object(d.classid, d.objid, 0)).schema END AS at_schema
      FROM sent d
    UNION ALL
    SELECT c.classid, c.objid, o.refclassid, o.refobjid, c.depth + 1,
           CASE WHEN o.refclassid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND o.refobjid IN (SELECT oid FROM derived)
                THEN (SELECT schema FROM me)
                ELSE (pg_catalog.pg_identify_object(o.refclassid, o.refobjid, 0)).schema END
      FROM chain c
     CROSS JOIN LATERAL (SELECT dep.refclassid, dep.refobjid FROM pg_catalog.pg_depend dep
                          WHERE dep.classid = c.at_class AND dep.objid = c.at_obj AND dep.deptype IN ('i', 'a')
                          ORDER BY dep.deptype DESC, dep.refclassid, dep.refobjid LIMIT 1) o
     WHERE c.depth < 8 AND (c.at_schema IS NULL OR c.at_schema = 'pg_toast')
       AND c.at_class <> 'pg_catalog.pg_default_acl'::pg_catalog.regclass
), placed AS (
    SELECT DISTINCT ON (c.classid, c.objid) c.classid, c.objid, c.at_class, c.at_obj, c.at_schema
      FROM chain c ORDER BY c.classid, c.objid, c.depth DESC
), parent AS (
    -- what each object sent belongs to (its table, its extension), through pg_depend's index on the
    -- dependent: as many lookups as objects sent, however large pg_depend is
    SELECT DISTINCT dep.classid, dep.objid, dep.refclassid, dep.refobjid
      FROM sent d
      JOIN pg_catalog.pg_depend dep ON dep.classid = d.classid AND dep.objid = d.objid
     WHERE dep.deptype IN ('i', 'a', 'e') AND (dep.refclassid, dep.refobjid) <> (dep.classid, dep.objid)
), judged AS (
    SELECT p.classid, p.objid, i.type, i.identity, s.namespace IS NOT NULL AS moved,
           i.identity IS NOT NULL -- there before the migration
           -- moved: into the tenant's schema (out of it, the object is found where it went)
           AND (s.namespace IS NULL OR s.namespace = me.tenant)
           -- placed outside the tenant (a temporary schema is the session's own)
           AND (p.at_schema IS NULL
                OR (pg_catalog.to_regnamespace(p.at_schema) IS DISTINCT FROM me.tenant AND p.at_schema !~ '^pg_(toast_)?temp_'))
           -- of no schema, nor belonging to an object of one: the tenant's all the same
           AND NOT (p.at_class = 'pg_catalog.pg_extension'::pg_catalog.regclass
                    AND EXISTS (SELECT FROM pg_catalog.pg_extension e WHERE e.oid = p.at_obj AND e.extnamespace = me.tenant))
           AND NOT (p.at_class = 'pg_catalog.pg_cast'::pg_catalog.regclass
                    AND EXISTS (SELECT FROM pg_catalog.pg_cast k JOIN pg_catalog.pg_type t ON t.oid IN (k.castsource, k.casttarget)
                                 WHERE k.oid = p.at_obj AND t.typnamespace = me.tenant))
           AND NOT (p.at_class = 'pg_catalog.pg_default_acl'::pg_catalog.regclass
                    AND EXISTS (SELECT FROM pg_catalog.pg_default_acl a WHERE a.oid = p.at_obj AND a.defaclnamespace = me.tenant))
           AND p.at_class <> 'pg_catalog.pg_largeobject'::pg_catalog.regclass AS outside
      FROM placed p
      JOIN sent s ON (s.classid, s.objid) = (p.classid, p.objid)
     CROSS JOIN me
     CROSS JOIN LATERAL pg_catalog.pg_identify_object(p.classid, p.objid, 0) i
)
SELECT CASE WHEN j.moved THEN 'moved' ELSE 'dropped' END AS how, j.type AS kind, j.identity
  FROM judged j
 WHERE j.outside
   -- named once: not what belongs to another object named
   AND NOT EXISTS (SELECT FROM parent x JOIN judged o ON (o.classid, o.objid) = (x.refclassid, x.refobjid)
                    WHERE (x.classid, x.objid) = (j.classid, j.objid) AND o.outside)
 ORDER BY 1, 2, 3
