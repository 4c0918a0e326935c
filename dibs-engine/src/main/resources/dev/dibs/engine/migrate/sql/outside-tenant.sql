-- Tenant mode: what the migration's own transaction created or changed outside the tenant's schema
-- (the one parameter), before it is recorded. A migration runs once per tenant with the search_path
-- pinned to the tenant, so a name qualified with another schema (public.accounts) lands in a schema
-- every tenant shares: the first tenant creates it there, the others fail on it.
--
-- What the transaction wrote is found by the catalog rows it wrote: their xmin is its id or, for
-- what was made inside a subtransaction (a SAVEPOINT, a DO block's EXCEPTION clause), the id of a
-- subtransaction of its own. age(xmin) is the transaction's id minus the row's, so rows of this
-- transaction, its subtransactions and transactions begun after it are at 0 or below; among those,
-- rows of its own subtransactions are the ones whose writer is still in progress (another
-- transaction's rows are visible only once it has committed).
--
-- Looked at: relations among those it holds a lock on whose columns it created or changed (a new
-- table, view, sequence or index, an added or altered column), relations whose own catalog row it
-- changed (renamed, granted, owner, options, row security: not a shared table a new foreign key,
-- partition or child merely marks), and their triggers, rules, policies and constraints; functions, procedures, types, operators and the other objects made in
-- a schema (collations, conversions, operator classes and families, text search objects, statistics
-- objects); schemas (made, renamed, granted); comments; privileges given to a role; default
-- privileges; and the objects of the database as a whole a migration can make in its transaction
-- (casts, languages, access methods, transforms, event triggers, publications, foreign-data wrappers,
-- servers and user mappings). Temporary objects, what an extension brings (CREATE EXTENSION IF NOT
-- EXISTS is shared by design: its members, the indexes of its tables, a range type's constructors)
-- and what PostgreSQL makes for an object (an array type, a row type) are left out.
-- Not seen: what leaves no row behind (a DROP of an object outside the tenant) and roles and
-- databases, whose catalogs only a superuser reads.
WITH me AS (
    SELECT pg_catalog.pg_current_xact_id()::text::bigint AS top, ?::text AS tenant
), locked AS (
    SELECT l.relation AS oid,
           -- the lock a new foreign key takes on the table it references
           pg_catalog.bool_or(l.mode = 'ShareRowExclusiveLock') AS referenced
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.relation >= 16384::oid
     GROUP BY l.relation
), outside_relations AS (
    SELECT c.oid
      FROM locked k
      JOIN pg_catalog.pg_class c ON c.oid = k.oid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, me
     WHERE n.nspname <> me.tenant AND c.relpersistence <> 't'
), written (classid, objid, objsubid, xmin, relation) AS (
    -- relations whose columns it created or changed
    SELECT DISTINCT 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid, 0, a.xmin, 0::oid
      FROM outside_relations r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
     WHERE pg_catalog.age(a.xmin) <= 0
    UNION ALL
    -- relations whose own row it changed (renamed, granted, owner, options, row security), unless it
    -- only marked them as a partitioned table's or a parent's new child, or as referenced by a
    -- foreign key (even one it dropped again)
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0, c.xmin, 0::oid
      FROM pg_catalog.pg_class c
      LEFT JOIN locked k ON k.oid = c.oid
     WHERE c.oid >= 16384::oid AND pg_catalog.age(c.xmin) <= 0
       AND NOT COALESCE(k.referenced, false)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                        WHERE i.inhparent = c.oid AND pg_catalog.age(i.xmin) <= 0)
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0, t.xmin, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
     WHERE pg_catalog.age(t.xmin) <= 0
    UNION ALL
    -- a rule; a view's own rule is the view
    SELECT CASE WHEN w.rulename = '_RETURN' THEN 'pg_catalog.pg_class'::pg_catalog.regclass ELSE 'pg_catalog.pg_rewrite'::pg_catalog.regclass END,
           CASE WHEN w.rulename = '_RETURN' THEN r.oid ELSE w.oid END, 0, w.xmin,
           CASE WHEN w.rulename = '_RETURN' THEN 0::oid ELSE r.oid END
      FROM outside_relations r
      JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE pg_catalog.age(w.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0, p.xmin, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
     WHERE pg_catalog.age(p.xmin) <= 0
    UNION ALL
    -- constraints of relations (a tenant's foreign key to a shared table is the tenant's table's) and of domains
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, k.xmin, k.conrelid
      FROM outside_relations r
      JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE pg_catalog.age(k.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, k.xmin, 0::oid
      FROM pg_catalog.pg_constraint k
     WHERE k.conrelid = 0 AND k.contypid <> 0 AND pg_catalog.age(k.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0, p.xmin, 0::oid
      FROM pg_catalog.pg_proc p
     WHERE p.oid >= 16384::oid AND pg_catalog.age(p.xmin) <= 0
    UNION ALL
    -- enums, domains, ranges, multiranges and base types (a relation's row type is the relation's, an
    -- array type its element's)
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0, t.xmin, 0::oid
      FROM pg_catalog.pg_type t
     WHERE t.oid >= 16384::oid AND t.typrelid = 0 AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
       AND pg_catalog.age(t.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, 0, o.xmin, 0::oid
      FROM pg_catalog.pg_operator o
     WHERE o.oid >= 16384::oid AND pg_catalog.age(o.xmin) <= 0
    UNION ALL
    -- the other objects made in a schema, and schemas
    SELECT x.classid, x.oid, 0, x.xmin, 0::oid
      FROM (SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass AS classid, oid, xmin FROM pg_catalog.pg_collation
            UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_conversion
            UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_opclass
            UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_opfamily
            UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_ts_config
            UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_ts_dict
            UNION ALL SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_ts_parser
            UNION ALL SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_ts_template
            UNION ALL SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_statistic_ext
            UNION ALL SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_namespace
                       WHERE nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
            -- the database's own objects
            UNION ALL SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_cast
            UNION ALL SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_language
            UNION ALL SELECT 'pg_catalog.pg_am'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_am
            UNION ALL SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_transform
            UNION ALL SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_event_trigger
            UNION ALL SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_publication
            UNION ALL SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_foreign_data_wrapper
            UNION ALL SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_foreign_server
            UNION ALL SELECT 'pg_catalog.pg_user_mapping'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_user_mapping
            UNION ALL SELECT 'pg_catalog.pg_default_acl'::pg_catalog.regclass, oid, xmin FROM pg_catalog.pg_default_acl) x
     WHERE x.oid >= 16384::oid AND pg_catalog.age(x.xmin) <= 0
    UNION ALL
    -- comments: the object commented on (a column's, its table's)
    SELECT d.classoid, d.objoid, d.objsubid, d.xmin,
           CASE WHEN d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid <> 0 THEN d.objoid ELSE 0::oid END
      FROM pg_catalog.pg_description d
     WHERE pg_catalog.age(d.xmin) <= 0
    UNION ALL
    -- privileges given to a role (and owners set): the object given (a column's, its table's)
    SELECT s.classid, s.objid, s.objsubid, s.xmin,
           CASE WHEN s.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND s.objsubid <> 0 THEN s.objid ELSE 0::oid END
      FROM pg_catalog.pg_shdepend s
     WHERE s.dbid = (SELECT b.oid FROM pg_catalog.pg_database b WHERE b.datname = pg_catalog.current_database())
       AND pg_catalog.age(s.xmin) <= 0
), described AS (
    SELECT DISTINCT w.classid, w.objid, w.objsubid, w.relation, o.type, o.identity
      FROM written w
      CROSS JOIN me
      CROSS JOIN LATERAL pg_catalog.pg_identify_object(w.classid, w.objid, w.objsubid) o
     WHERE CASE WHEN pg_catalog.age(w.xmin) < 0
                THEN pg_catalog.pg_xact_status((me.top - pg_catalog.age(w.xmin))::text::xid8) = 'in progress'
                ELSE pg_catalog.age(w.xmin) = 0 END
       AND w.classid <> 'pg_catalog.pg_extension'::pg_catalog.regclass
       -- outside the tenant: in another schema, the database's own (no schema), or another schema itself
       AND CASE WHEN w.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                THEN w.objid <> (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = me.tenant)
                ELSE o.schema IS DISTINCT FROM me.tenant END
       -- not temporary (this session's temporary schema is printed pg_temp) nor TOAST
       AND COALESCE(o.schema <> 'pg_temp' AND o.schema NOT LIKE 'pg\_temp\_%' AND o.schema NOT LIKE 'pg\_toast%', true)
       -- what an extension brings, and what PostgreSQL made for another object (an array type, a range
       -- constructor, a row type, a constraint's index), which is named through that object. Counted
       -- per row, through pg_depend's index: written has a handful of rows, which a join would not know.
       AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_depend d
             WHERE d.classid = w.classid AND d.objid = w.objid AND d.deptype IN ('e', 'i')) = 0
       AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_index x
              JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                         AND d.objid = x.indrelid AND d.deptype = 'e'
             WHERE w.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.indexrelid = w.objid) = 0
)
-- a relation's part (a column's comment, a constraint, a trigger) only when the relation itself is not named
SELECT d.type AS kind, d.identity
  FROM described d
 WHERE NOT EXISTS (SELECT 1 FROM described r
                    WHERE r.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND r.objsubid = 0
                      AND r.objid IN (d.relation, CASE WHEN d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                            AND d.objsubid <> 0 THEN d.objid END))
 ORDER BY d.identity, d.type
