-- Tenant mode, before outside-tenant.sql, in one round trip: which catalogs were written, what was
-- dropped, and how far the transaction ids of the migration's own subtransactions can reach above
-- its own id. A row written in a new subtransaction (rolled back at
-- once, with the row) gets an id above every one the migration's subtransactions were given; minus
-- age() of it is that distance. Without such a bound, a frozen catalog row whose old id reads as
-- newer than the migration's (half of the time, once the cluster has used 2^31 ids) would be taken
-- for one to look up, and PostgreSQL refuses a lookup of an id it has not given yet.
SAVEPOINT dibs_xid_window;
INSERT INTO :schema.__dibs_tables (schema_name, table_name) VALUES (pg_catalog.gen_random_uuid()::text, '')
RETURNING -pg_catalog.age(xmin) AS xid_window;
ROLLBACK TO SAVEPOINT dibs_xid_window;
RELEASE SAVEPOINT dibs_xid_window;
-- The system catalogs with rows inserted or updated by this transaction (and, until the server's
-- counters are sent, by the connection's earlier ones: never fewer), as pg_stat_xact_sys_tables
-- counts them; asked of the catalogs alone (oids below 16384, through pg_class's index), where that
-- view computes its counters for every relation of the database (7.5 ms of a 2,000-table database's
-- time against 0.3 ms). Without track_counts PostgreSQL counts nothing, and every catalog is read.
-- And what the transaction dropped or moved: a DROP leaves no row to find, but PostgreSQL locks each
-- object it deletes (the relation, or the object by catalog and id) until the transaction ends; an
-- object so locked that this transaction no longer sees was dropped by it (or made and dropped by it:
-- where it was is asked of a connection that sees the database as it was,
-- taken-from-outside.sql). ALTER … SET SCHEMA takes that lock too, and changes the object's row
-- in pg_depend, which nothing else a migration commonly does changes (it adds and deletes rows):
-- where PostgreSQL counted such a change, the objects so locked that are still there are sent with
-- their schema, to be compared with the one they had. A lock PostgreSQL takes on a replication origin
-- (DROP SUBSCRIPTION) names no object pg_identify_object describes; the subscription's own is kept.
WITH locked AS (
    SELECT CASE l.locktype WHEN 'relation' THEN 'pg_catalog.pg_class'::pg_catalog.regclass::oid ELSE l.classid END AS classid,
           CASE l.locktype WHEN 'relation' THEN l.relation ELSE l.objid END AS objid
      FROM pg_catalog.pg_locks l
     WHERE l.pid = pg_catalog.pg_backend_pid() AND l.granted AND l.mode = 'AccessExclusiveLock'
       AND l.locktype IN ('relation', 'object')
       AND l.classid IS DISTINCT FROM 'pg_catalog.pg_replication_origin'::pg_catalog.regclass
), seen AS (
    SELECT k.classid, k.objid,
           CASE WHEN k.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                THEN (SELECT c.relnamespace FROM pg_catalog.pg_class c WHERE c.oid = k.objid)
                ELSE pg_catalog.to_regnamespace((pg_catalog.pg_identify_object(k.classid, k.objid, 0)).schema)::oid END AS namespace,
           CASE WHEN k.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                THEN EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = k.objid)
                ELSE (pg_catalog.pg_identify_object(k.classid, k.objid, 0)).identity IS NOT NULL END AS present
      FROM locked k
), moving AS (
    SELECT pg_catalog.pg_stat_get_xact_tuples_updated('pg_catalog.pg_depend'::pg_catalog.regclass) > 0
           OR NOT pg_catalog.current_setting('track_counts')::boolean AS maybe
), sent AS (
    SELECT s.classid, s.objid, CASE WHEN s.present THEN s.namespace END AS namespace FROM seen s
     WHERE NOT s.present OR s.namespace IS NOT NULL AND (SELECT maybe FROM moving)
    -- ALTER TYPE, DOMAIN or EXTENSION … SET SCHEMA takes no lock on what it moves: the rows of types
    -- and extensions this transaction (or one begun after it) wrote, with their schema, which the
    -- second connection compares with the tenant's
    UNION
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, t.typnamespace
      FROM pg_catalog.pg_type t WHERE (SELECT maybe FROM moving) AND pg_catalog.age(t.xmin) <= 0
    UNION
    SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass::oid, e.oid, e.extnamespace
      FROM pg_catalog.pg_extension e WHERE (SELECT maybe FROM moving) AND pg_catalog.age(e.xmin) <= 0
)
SELECT ARRAY(SELECT c.relname::text FROM pg_catalog.pg_class c
              WHERE c.oid < 16384::oid AND c.relkind = 'r'
                AND pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid) + pg_catalog.pg_stat_get_xact_tuples_updated(c.oid) > 0)
           AS written,
       pg_catalog.current_setting('track_counts')::boolean AS counted,
       -- in one order: the catalog, the id, and the schema now (none: dropped)
       ARRAY(SELECT d.classid FROM sent d ORDER BY d.classid, d.objid) AS locked_classes,
       ARRAY(SELECT d.objid FROM sent d ORDER BY d.classid, d.objid) AS locked_objects,
       ARRAY(SELECT d.namespace FROM sent d ORDER BY d.classid, d.objid) AS locked_namespaces
