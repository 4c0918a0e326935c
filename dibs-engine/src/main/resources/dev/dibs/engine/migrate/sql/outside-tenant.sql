-- Tenant mode: what the migration's own transaction created or changed outside the tenant's schema,
-- before it is recorded. Parameters: the tenant's schema, and the window tenant-probe.sql measured;
-- sent with the parts for the catalogs the transaction wrote (see written below).
-- A migration runs once per tenant with the search_path pinned to the tenant, so a name qualified
-- with another schema (public.accounts) lands in a schema every tenant shares: the first tenant
-- creates it there, the others fail on it.
--
-- What the transaction wrote is found by the catalog rows it wrote: their xmin is its id or, for
-- what was made inside a subtransaction (a SAVEPOINT, a DO block's EXCEPTION clause), the id of one
-- of its subtransactions. age(xmin) is the transaction's id minus the row's: 0 for its own rows, and
-- between minus the window and 0 for its subtransactions' and for those of transactions begun after
-- it, of which its own are the ones whose writer is still in progress (another transaction's rows
-- are seen only once it has committed).
--
-- Looked at: relations it holds a lock on whose columns, own row or sequence it created or changed (a
-- new table, view, sequence or index; a column, a rename, its owner, options, row security; a grant
-- from PostgreSQL 18 on, which locks the table) — not a shared table that a new foreign key, partition
-- or child merely marks —, and their triggers, rules, policies and constraints; functions,
-- procedures, types, enum labels, operators and the other objects made in a schema (collations,
-- conversions, operator classes and families, text search objects, statistics objects); schemas;
-- comments; privileges given to a role and owners; default privileges; the objects of the database as
-- a whole a migration can make in its transaction (casts between types of no tenant, languages, access
-- methods, transforms, event triggers, publications, foreign-data wrappers and servers); and the
-- database and roles (settings, grants, memberships, comments, a role made or changed).
-- Left out: temporary objects, large objects, what an extension brings (CREATE EXTENSION IF NOT
-- EXISTS is shared by design: its members, the indexes of its tables, a range type's constructors)
-- and what PostgreSQL makes for an object (an array type, a row type, a multirange type).
-- What leaves no row, a DROP, is found by its locks (tenant-probe.sql, taken-from-outside.sql), and so
-- is an object moved into the tenant's schema (ALTER … SET SCHEMA). Not seen: a comment removed, a
-- text search mapping dropped, an extension's member released (rows deleted without a lock) and,
-- before PostgreSQL 18, a grant to PUBLIC on a shared table (it neither locks the table nor records
-- a role).
WITH me AS (
    SELECT ?::text AS tenant, ?::integer AS xid_window,
           pg_catalog.pg_current_xact_id()::text::bigint AS top
), tenant AS (
    SELECT n.oid FROM pg_catalog.pg_namespace n, me WHERE n.nspname = me.tenant
), locked AS (
    SELECT l.relation AS oid,
           -- the lock a new foreign key takes on the table it references
           pg_catalog.bool_or(l.mode = 'ShareRowExclusiveLock') AS marked
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.relation >= 16384::oid
     GROUP BY l.relation
), outside_relations AS (
    -- with what each hangs on, in case that is an extension's: a composite type's relation its type,
    -- an index its table
    SELECT c.oid, c.xmin, k.marked, c.relnamespace AS namespace,
           CASE WHEN c.relkind = 'c' THEN 'pg_catalog.pg_type'::pg_catalog.regclass ELSE 'pg_catalog.pg_class'::pg_catalog.regclass END AS anchor_class,
           CASE WHEN c.relkind = 'c' THEN c.reltype ELSE COALESCE(x.indrelid, 0::oid) END AS anchor
      FROM locked k
      JOIN pg_catalog.pg_class c ON c.oid = k.oid
      LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid
     WHERE c.relnamespace <> ALL (ARRAY(SELECT oid FROM tenant)) AND c.relpersistence <> 't'
), written (classid, objid, objsubid, xmin, relation, namespace, anchor_class, anchor) AS (
    -- Each row: the object, the catalog row's xmin, the relation it is part of (a trigger's table,
    -- say: named instead when it is named itself), the schema it belongs to (a trigger's, policy's,
    -- rule's or constraint's is its table's; a cast is a tenant's when either type is; the database's
    -- own objects have none), and what it hangs on, in case that is an extension's.
    -- Each part marked ${kind:<catalog>} reads rows of that catalog: it is sent only when the
    -- transaction wrote some there (tenant-probe.sql reads pg_stat_xact_sys_tables), so that a
    -- migration that made a table is not asked about triggers, policies, roles and thirty catalogs
    -- more, planned and read on each tenant's migrations.
    -- relations whose columns it created or changed
    SELECT DISTINCT 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid, 0, a.xmin, 0::oid, r.namespace, r.anchor_class, r.anchor
      FROM outside_relations r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
     WHERE pg_catalog.age(a.xmin) <= 0
    ${kind:pg_class}
    -- relations whose own row it changed, unless a foreign key of its marked them (a new partition
    -- or child has its pg_inherits row)
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid, 0, r.xmin, 0::oid, r.namespace, r.anchor_class, r.anchor
      FROM outside_relations r
     WHERE NOT r.marked AND pg_catalog.age(r.xmin) <= 0
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                        WHERE i.inhparent = r.oid AND pg_catalog.age(i.xmin) <= 0)
    -- a grant or revoke on a relation, which before PostgreSQL 18 takes no lock on it
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0, c.xmin, 0::oid, c.relnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_class c
     WHERE c.relacl IS NOT NULL AND pg_catalog.age(c.xmin) <= 0
       AND c.relnamespace <> ALL (ARRAY(SELECT oid FROM tenant))
       AND NOT EXISTS (SELECT 1 FROM locked k WHERE k.oid = c.oid)
    ${end}
    ${kind:pg_sequence}
    -- sequences whose options it changed
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid, 0, s.xmin, 0::oid, r.namespace, r.anchor_class, r.anchor
      FROM outside_relations r
      JOIN pg_catalog.pg_sequence s ON s.seqrelid = r.oid
     WHERE pg_catalog.age(s.xmin) <= 0
    ${end}
    ${kind:pg_trigger}
    -- triggers a user makes: the internal ones of foreign keys are named RI_ConstraintTrigger_…, and a
    -- table many tenants reference has thousands of them (two ranges of the index on the name)
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0, t.xmin, r.oid, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid AND t.tgname < 'RI_ConstraintTrigger_'
     WHERE NOT t.tgisinternal AND pg_catalog.age(t.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0, t.xmin, r.oid, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid AND t.tgname > 'RI_ConstraintTrigger_~'
     WHERE NOT t.tgisinternal AND pg_catalog.age(t.xmin) <= 0
    -- and a foreign key's or other internal trigger it disabled (ALTER TABLE … DISABLE TRIGGER ALL):
    -- a tenant's new foreign key makes them enabled
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0, t.xmin, r.oid, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid
     WHERE t.tgisinternal AND t.tgenabled <> 'O' AND pg_catalog.age(t.xmin) <= 0
    ${end}
    ${kind:pg_rewrite}
    -- a rule; a view's own rule is the view
    UNION ALL
    SELECT CASE WHEN w.rulename = '_RETURN' THEN 'pg_catalog.pg_class'::pg_catalog.regclass ELSE 'pg_catalog.pg_rewrite'::pg_catalog.regclass END,
           CASE WHEN w.rulename = '_RETURN' THEN r.oid ELSE w.oid END, 0, w.xmin,
           CASE WHEN w.rulename = '_RETURN' THEN 0::oid ELSE r.oid END, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE pg_catalog.age(w.xmin) <= 0
    ${end}
    ${kind:pg_policy}
    UNION ALL
    SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0, p.xmin, r.oid, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
     WHERE pg_catalog.age(p.xmin) <= 0
    ${end}
    ${kind:pg_constraint}
    -- constraints of relations (a tenant's foreign key to a shared table is the tenant's table's; one
    -- PostgreSQL derives for a new partition from a foreign key to its table is the partition's) and
    -- of domains
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, k.xmin, k.conrelid, r.namespace, 'pg_catalog.pg_class'::pg_catalog.regclass, r.oid
      FROM outside_relations r
      JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE pg_catalog.age(k.xmin) <= 0 AND k.conparentid = 0
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, k.xmin, 0::oid, t.typnamespace, 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_type t ON t.oid = k.contypid
     WHERE k.conrelid = 0 AND k.contypid <> 0 AND pg_catalog.age(k.xmin) <= 0
    ${end}
    ${kind:pg_proc}
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0, p.xmin, 0::oid, p.pronamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_proc p
     WHERE p.oid >= 16384::oid AND pg_catalog.age(p.xmin) <= 0
    ${end}
    ${kind:pg_type}
    -- enums, domains, ranges and base types (a relation's row type is the relation's, an array type
    -- its element's)
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0, t.xmin, 0::oid, t.typnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_type t
     WHERE t.oid >= 16384::oid AND t.typrelid = 0 AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
       AND pg_catalog.age(t.xmin) <= 0
    ${end}
    ${kind:pg_enum}
    -- an enum's labels added or renamed: the enum
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0, e.xmin, 0::oid, t.typnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_enum e
      JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid
     WHERE pg_catalog.age(e.xmin) <= 0
    ${end}
    ${kind:pg_operator}
    UNION ALL
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, 0, o.xmin, 0::oid, o.oprnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_operator o
     WHERE o.oid >= 16384::oid AND pg_catalog.age(o.xmin) <= 0
    ${end}
    ${kind:pg_cast}
    -- a cast between types, a tenant's when either type is
    UNION ALL
    SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid,
           CASE WHEN u.typnamespace IN (SELECT oid FROM tenant) THEN u.typnamespace ELSE v.typnamespace END, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_cast x
      JOIN pg_catalog.pg_type u ON u.oid = x.castsource
      JOIN pg_catalog.pg_type v ON v.oid = x.casttarget
     WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    -- the other objects made in a schema, schemas, and the database's own objects
    ${kind:pg_collation}
    UNION ALL
    SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.collnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_collation x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_conversion}
    UNION ALL
    SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.connamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_conversion x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_opclass}
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.opcnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_opclass x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_opfamily}
    UNION ALL
    SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.opfnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_opfamily x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_ts_config}
    UNION ALL
    SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.cfgnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_ts_config x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_ts_dict}
    UNION ALL
    SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.dictnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_ts_dict x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_ts_parser}
    UNION ALL
    SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.prsnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_ts_parser x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_ts_template}
    UNION ALL
    SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.tmplnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_ts_template x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_statistic_ext}
    UNION ALL
    SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.stxnamespace, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_statistic_ext x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_namespace}
    UNION ALL
    SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, x.oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_namespace x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_default_acl}
    UNION ALL
    SELECT 'pg_catalog.pg_default_acl'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULLIF(x.defaclnamespace, 0), 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_default_acl x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_language}
    UNION ALL
    SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_language x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_am}
    UNION ALL
    SELECT 'pg_catalog.pg_am'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_am x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_transform}
    UNION ALL
    SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_transform x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_event_trigger}
    UNION ALL
    SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_event_trigger x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_publication}
    UNION ALL
    SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_publication x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_foreign_data_wrapper}
    UNION ALL
    SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_foreign_data_wrapper x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_foreign_server}
    UNION ALL
    SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_foreign_server x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_database}
    UNION ALL
    SELECT 'pg_catalog.pg_database'::pg_catalog.regclass, x.oid, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_database x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_db_role_setting}
    -- a database's or role's settings: the database and the role
    UNION ALL
    SELECT 'pg_catalog.pg_database'::pg_catalog.regclass, x.setdatabase, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_db_role_setting x WHERE x.setdatabase <> 0 AND pg_catalog.age(x.xmin) <= 0
    UNION ALL
    SELECT 'pg_catalog.pg_authid'::pg_catalog.regclass, x.setrole, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_db_role_setting x WHERE x.setrole <> 0 AND pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:pg_auth_members}
    -- a role's memberships: the role
    UNION ALL
    SELECT 'pg_catalog.pg_authid'::pg_catalog.regclass, x.member, 0, x.xmin, 0::oid, NULL::oid, 'pg_catalog.pg_class'::pg_catalog.regclass, 0::oid
      FROM pg_catalog.pg_auth_members x WHERE pg_catalog.age(x.xmin) <= 0
    ${end}
    ${kind:generic}
    -- comments, and privileges given to a role or owners (pg_shdepend): the object commented on or
    -- given (a column's, its table's), placed as above. Two parts, around those of the three
    -- catalogs: the query is sent with "generic" whenever one of them is (TenantBoundary), or not at all
    UNION ALL
    SELECT g.classid, g.objid, g.objsubid, g.xmin,
           CASE WHEN g.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND g.objsubid <> 0 THEN g.objid ELSE 0::oid END,
           CASE g.classid
               WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN (SELECT c.relnamespace FROM pg_catalog.pg_class c WHERE c.oid = g.objid)
               WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN g.objid
               WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN (SELECT c.relnamespace FROM pg_catalog.pg_trigger t
                   JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE t.oid = g.objid)
               WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN (SELECT c.relnamespace FROM pg_catalog.pg_policy p
                   JOIN pg_catalog.pg_class c ON c.oid = p.polrelid WHERE p.oid = g.objid)
               WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN (SELECT c.relnamespace FROM pg_catalog.pg_rewrite r
                   JOIN pg_catalog.pg_class c ON c.oid = r.ev_class WHERE r.oid = g.objid)
               WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN (SELECT COALESCE(c.relnamespace, t.typnamespace)
                   FROM pg_catalog.pg_constraint k
                   LEFT JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                   LEFT JOIN pg_catalog.pg_type t ON t.oid = k.contypid WHERE k.oid = g.objid)
               WHEN 'pg_catalog.pg_default_acl'::pg_catalog.regclass THEN (SELECT NULLIF(x.defaclnamespace, 0)
                   FROM pg_catalog.pg_default_acl x WHERE x.oid = g.objid)
               WHEN 'pg_catalog.pg_cast'::pg_catalog.regclass THEN (SELECT CASE WHEN u.typnamespace IN (SELECT oid FROM tenant)
                   THEN u.typnamespace ELSE v.typnamespace END
                   FROM pg_catalog.pg_cast x JOIN pg_catalog.pg_type u ON u.oid = x.castsource
                   JOIN pg_catalog.pg_type v ON v.oid = x.casttarget WHERE x.oid = g.objid)
               -- what pg_identify_object places in a schema: functions, types, operators, collations, …
               -- (its schema as an identifier, quoted where it needs quotes: "Tenant A")
               ELSE pg_catalog.to_regnamespace((pg_catalog.pg_identify_object(g.classid, g.objid, g.objsubid)).schema)::oid
           END,
           -- what a constraint hangs on; a trigger's, policy's or rule's table is an extension's
           -- only where the trigger, policy or rule is too
           CASE WHEN g.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                THEN (SELECT CASE WHEN k.conrelid <> 0 THEN 'pg_catalog.pg_class'::pg_catalog.regclass ELSE 'pg_catalog.pg_type'::pg_catalog.regclass END FROM pg_catalog.pg_constraint k WHERE k.oid = g.objid)
                ELSE 'pg_catalog.pg_class'::pg_catalog.regclass END,
           CASE WHEN g.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                THEN (SELECT CASE WHEN k.conrelid <> 0 THEN k.conrelid ELSE k.contypid END FROM pg_catalog.pg_constraint k WHERE k.oid = g.objid)
                ELSE 0::oid END
      FROM (SELECT 0::oid AS classid, 0::oid AS objid, 0 AS objsubid, '0'::xid AS xmin WHERE false
            ${end}
            ${kind:pg_description}
            UNION ALL
            SELECT d.classoid, d.objoid, d.objsubid, d.xmin FROM pg_catalog.pg_description d WHERE pg_catalog.age(d.xmin) <= 0
            ${end}
            ${kind:pg_shdescription}
            UNION ALL
            SELECT d.classoid, d.objoid, 0, d.xmin FROM pg_catalog.pg_shdescription d WHERE pg_catalog.age(d.xmin) <= 0
            ${end}
            ${kind:pg_shdepend}
            UNION ALL
            SELECT s.classid, s.objid, s.objsubid, s.xmin
              FROM pg_catalog.pg_shdepend s
             WHERE s.dbid IN (0, (SELECT b.oid FROM pg_catalog.pg_database b WHERE b.datname = pg_catalog.current_database()))
               AND pg_catalog.age(s.xmin) <= 0
            ${end}
            ${kind:generic}
           ) g
    ${end}
), own AS (
    -- of those, the rows of this transaction and its subtransactions
    SELECT DISTINCT w.classid, w.objid, w.objsubid, w.relation, w.namespace, w.anchor_class, w.anchor
      FROM written w, me
     WHERE CASE WHEN pg_catalog.age(w.xmin) < 0
                THEN -pg_catalog.age(w.xmin) <= me.xid_window
                     AND pg_catalog.pg_xact_status((me.top - pg_catalog.age(w.xmin))::text::xid8) = 'in progress'
                ELSE pg_catalog.age(w.xmin) = 0 END
       AND w.classid NOT IN ('pg_catalog.pg_extension'::pg_catalog.regclass, 'pg_catalog.pg_largeobject'::pg_catalog.regclass)
), described AS (
    SELECT DISTINCT o.classid, o.objid, o.objsubid, o.relation, i.type, i.identity
      FROM own o
      LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.namespace
      CROSS JOIN LATERAL pg_catalog.pg_identify_object(o.classid, o.objid, o.objsubid) i
     WHERE (o.namespace IS NULL OR o.namespace NOT IN (SELECT oid FROM tenant))
       -- not temporary nor TOAST
       AND COALESCE(n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast%', true)
       -- what an extension brings, and what PostgreSQL made for a type (an array or multirange type,
       -- a range's constructors and its cast to its multirange), which is named through it. Counted per row, through
       -- pg_depend's index: own has a handful of rows, which a join would not know.
       AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_depend d
             WHERE d.classid = o.classid AND d.objid = o.objid
               AND (d.deptype = 'e' OR d.deptype = 'i' AND o.classid IN ('pg_catalog.pg_type'::pg_catalog.regclass,
                                                                          'pg_catalog.pg_proc'::pg_catalog.regclass,
                                                                          'pg_catalog.pg_cast'::pg_catalog.regclass))) = 0
       -- what hangs on an extension's object: the constraints and indexes of its tables and domains,
       -- the relation of its composite type, the triggers and policies of its tables
       AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_depend d
             WHERE d.classid = o.anchor_class AND d.objid = o.anchor AND d.deptype = 'e') = 0
       -- a relation's or a composite type's own row type: the relation is named
       AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_type t
             WHERE o.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = o.objid AND t.typrelid <> 0) = 0
), roles AS (
    -- a role made or changed, a membership granted or revoked, a setting of a role or of the database
    -- set or reset: the catalog, which only a superuser reads (pg_authid) or whose rows a revoke or
    -- reset deletes, is locked by it
    SELECT CASE l.relation WHEN 'pg_catalog.pg_authid'::pg_catalog.regclass THEN 'role'
                           WHEN 'pg_catalog.pg_auth_members'::pg_catalog.regclass THEN 'role membership'
                           ELSE 'setting' END AS type,
           CASE l.relation WHEN 'pg_catalog.pg_authid'::pg_catalog.regclass THEN '(CREATE, ALTER or DROP ROLE)'
                           WHEN 'pg_catalog.pg_auth_members'::pg_catalog.regclass THEN '(GRANT or REVOKE of a role)'
                           ELSE '(ALTER ROLE or ALTER DATABASE … SET or RESET)' END AS identity
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.mode = 'RowExclusiveLock'
       AND l.relation IN ('pg_catalog.pg_authid'::pg_catalog.regclass, 'pg_catalog.pg_auth_members'::pg_catalog.regclass,
                          'pg_catalog.pg_db_role_setting'::pg_catalog.regclass)
)
-- a relation's part (a column's comment, a constraint, a trigger) only when the relation itself is not named
SELECT d.type AS kind, d.identity
  FROM described d
 WHERE NOT EXISTS (SELECT 1 FROM described r
                    WHERE r.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND r.objsubid = 0
                      AND r.objid IN (d.relation, CASE WHEN d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                            AND d.objsubid <> 0 THEN d.objid END))
UNION ALL
SELECT type, identity FROM roles
 ORDER BY 2, 1
