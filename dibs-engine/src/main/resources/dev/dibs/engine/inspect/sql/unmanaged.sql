-- Everything in the requested schemas that dibs does not model, so the diff can show it as a note
-- instead of ignoring it. Extension members are left out: the extension owns them.
WITH ext AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
), rel AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispartition, c.relrowsecurity, c.relacl, c.relowner, c.reltablespace,
           -- a table dibs manages (as managed-tables.sql says): the fidelity guard compares its
           -- indexes and constraints whole (fingerprints.sql), so their options are no notes
           c.relkind IN ('r', 'p') AND NOT c.relispartition
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid) AS managed
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY (?::text[])
       AND c.relname NOT LIKE '\_\_dibs\_%'
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ext.objid = c.oid)
)
SELECT kind, schema_name, object_name, detail FROM (
    SELECT CASE r.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                          WHEN 'f' THEN 'foreign table' ELSE 'composite type' END AS kind,
           r.nspname::text AS schema_name, r.relname::text AS object_name, NULL::text AS detail
      FROM rel r WHERE r.relkind IN ('v', 'm', 'f', 'c')
    UNION ALL
    -- the sequence of an identity or serial column is the column's business (a sequence of its own,
    -- sequences.sql, has its comment modelled), but its comment is not modelled: said here, so that
    -- a comment on one side only is never silently lost
    SELECT 'sequence comment', r.nspname, r.relname, ds.description
      FROM rel r
      JOIN pg_catalog.pg_description ds
        ON ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
     WHERE r.relkind = 'S'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                     LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND (d.deptype = 'i'
                           OR d.deptype = 'a' AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                              = 'nextval(' || pg_catalog.quote_literal(r.oid::pg_catalog.regclass::text) || '::regclass)'))
    UNION ALL
    -- partitions of a managed partitioned table, in its schema, are modelled (TableOptions): the
    -- diff notes those nobody declared. Noted here: partitions of a partition (sub-partitioning is
    -- not modelled), of a table outside the compared schemas, or in another schema than their table.
    SELECT 'partition', r.nspname, r.relname,
           'partition of ' || p.inhparent::pg_catalog.regclass::text || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid)
      FROM rel r
      JOIN pg_catalog.pg_class c ON c.oid = r.oid
      JOIN pg_catalog.pg_inherits p ON p.inhrelid = r.oid
     WHERE r.relispartition
       AND NOT EXISTS (SELECT 1 FROM rel pr WHERE pr.oid = p.inhparent AND pr.relkind = 'p' AND NOT pr.relispartition
                                                  AND pr.nspname = r.nspname)
    UNION ALL
    -- what a partition has that its table does not give it: dibs models partitions by name and
    -- bound only, so an index or constraint of one partition alone is said here
    SELECT 'partition index', r.nspname, i.relname, pg_catalog.pg_get_indexdef(i.oid)
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     WHERE r.relispartition
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = r.oid AND k.conindid = i.oid)
    UNION ALL
    SELECT 'partition constraint', r.nspname, r.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid)
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE r.relispartition AND k.coninhcount = 0 AND k.conparentid = 0 AND k.contype <> 'n'
    UNION ALL
    SELECT 'inheritance', r.nspname, r.relname,
           'inherits from ' || (SELECT pg_catalog.string_agg(p.inhparent::pg_catalog.regclass::text, ', ' ORDER BY p.inhseqno)
                                  FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid)
      FROM rel r
     WHERE NOT r.relispartition AND r.relkind IN ('r', 'p')
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid)
    UNION ALL
    -- a managed table's partition key is modelled; a partition's own (sub-partitioning) is not
    SELECT 'partitioning', r.nspname, r.relname, 'PARTITION BY ' || pg_catalog.pg_get_partkeydef(r.oid)
      FROM rel r WHERE r.relkind = 'p' AND r.relispartition
    UNION ALL
    SELECT 'trigger', r.nspname, r.relname || '.' || t.tgname, pg_catalog.pg_get_triggerdef(t.oid)
      FROM rel r JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid
     WHERE NOT t.tgisinternal
    UNION ALL
    SELECT 'policy', r.nspname, r.relname || '.' || p.polname, NULL
      FROM rel r JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
    UNION ALL
    SELECT 'rule', r.nspname, r.relname || '.' || w.rulename, NULL
      FROM rel r JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE w.rulename <> '_RETURN'
    UNION ALL
    -- constraints' comments are not modelled: said here, never silently lost
    SELECT 'constraint comment', r.nspname, r.relname || '.' || k.conname, ds.description
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
      JOIN pg_catalog.pg_description ds
        ON ds.objoid = k.oid AND ds.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND ds.objsubid = 0
    UNION ALL
    SELECT 'foreign key option', r.nspname, r.relname || '.' || k.conname, 'MATCH FULL'
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE k.contype = 'f' AND k.confmatchtype = 'f' AND NOT r.managed
    UNION ALL
    -- a deferrable key or unique of a table dibs does not manage (an inheritance child's) is a note;
    -- on a managed table it is modelled
    SELECT 'constraint option', r.nspname, r.relname || '.' || k.conname,
           CASE WHEN k.condeferred THEN 'DEFERRABLE INITIALLY DEFERRED' ELSE 'DEFERRABLE' END
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE k.contype IN ('p', 'u') AND k.condeferrable AND NOT r.managed
    UNION ALL
    -- a temporal key (18): managed as a plain key, so its WITHOUT OVERLAPS or PERIOD is said here
    SELECT 'constraint option', r.nspname, r.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid)
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE k.contype IN ('p', 'u', 'f') AND ${conperiod}
    UNION ALL
    -- privileges: dibs neither compares nor grants them. A table, view, sequence, schema, type or
    -- function whose grants are not its owner's defaults (or a relation with column grants) is a
    -- note listing what differs from them, so two databases whose grants differ show different
    -- notes; so are default privileges (ALTER DEFAULT PRIVILEGES). The owner is "owner", whatever
    -- its name, so that databases owned by different roles compare equal.
    SELECT 'privileges', p.schema_name, p.object_name, p.detail
      FROM (SELECT o.schema_name, o.object_name,
                   (SELECT pg_catalog.string_agg(e.what || ' ' || e.who || ': ' || e.privs, '; ' ORDER BY e.what, e.who)
                      FROM (SELECT g.what,
                                   CASE WHEN g.grantee = 0 THEN 'PUBLIC' WHEN g.grantee = o.owner THEN 'owner'
                                        ELSE pg_catalog.pg_get_userbyid(g.grantee)::text END AS who,
                                   pg_catalog.string_agg(g.privilege_type || CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END,
                                                         ', ' ORDER BY g.privilege_type) AS privs
                              FROM (SELECT 'granted' AS what, x.grantee, x.privilege_type, x.is_grantable
                                      FROM (SELECT * FROM pg_catalog.aclexplode(o.acl)
                                            EXCEPT SELECT * FROM pg_catalog.aclexplode(o.base)) x
                                    UNION ALL
                                    SELECT 'revoked', x.grantee, x.privilege_type, x.is_grantable
                                      FROM (SELECT * FROM pg_catalog.aclexplode(o.base)
                                            EXCEPT SELECT * FROM pg_catalog.aclexplode(o.acl)) x
                                     WHERE o.acl IS NOT NULL
                                    UNION ALL
                                    SELECT 'column ' || a.attname, x.grantee, x.privilege_type, x.is_grantable
                                      FROM pg_catalog.pg_attribute a
                                     CROSS JOIN LATERAL pg_catalog.aclexplode(a.attacl) x
                                     WHERE a.attrelid = o.relid AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL) g
                             GROUP BY g.what, g.grantee) e) AS detail
              FROM (SELECT r.nspname AS schema_name, r.relname::text AS object_name, r.relacl AS acl, r.relowner AS owner,
                           pg_catalog.acldefault((CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END)::"char", r.relowner) AS base,
                           r.oid AS relid
                      FROM rel r
                     WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                       AND (r.relacl IS NOT NULL
                            OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = r.oid AND a.attacl IS NOT NULL))
                    UNION ALL
                    -- a schema's baseline is what initdb gave it (public: USAGE for PUBLIC), else the default
                    SELECT n.nspname, 'schema ' || n.nspname, n.nspacl, n.nspowner,
                           COALESCE((SELECT i.initprivs FROM pg_catalog.pg_init_privs i
                                      WHERE i.objoid = n.oid AND i.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                                        AND i.objsubid = 0),
                                    pg_catalog.acldefault('n', n.nspowner)), NULL
                      FROM pg_catalog.pg_namespace n
                     WHERE n.nspname = ANY (?::text[]) AND n.nspacl IS NOT NULL
                    UNION ALL
                    SELECT n.nspname, 'type ' || t.typname, t.typacl, t.typowner, pg_catalog.acldefault('T', t.typowner), NULL
                      FROM pg_catalog.pg_type t
                      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                     WHERE n.nspname = ANY (?::text[]) AND t.typacl IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND ext.objid = t.oid)
                    UNION ALL
                    SELECT n.nspname, CASE WHEN f.prokind = 'p' THEN 'procedure ' ELSE 'function ' END
                                      || f.proname || '(' || pg_catalog.pg_get_function_identity_arguments(f.oid) || ')',
                           f.proacl, f.proowner, pg_catalog.acldefault('f', f.proowner), NULL
                      FROM pg_catalog.pg_proc f
                      JOIN pg_catalog.pg_namespace n ON n.oid = f.pronamespace
                     WHERE n.nspname = ANY (?::text[]) AND f.proacl IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND ext.objid = f.oid)
                    UNION ALL
                    -- in one schema, default privileges add to the global ones: all of them are listed;
                    -- for all schemas (shown as schema *), they replace the built-in defaults
                    SELECT COALESCE(n.nspname, '*'),
                           'default privileges of ' || pg_catalog.pg_get_userbyid(d.defaclrole)::text || ' on '
                           || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                                   WHEN 'T' THEN 'types' ELSE 'schemas' END,
                           d.defaclacl, d.defaclrole,
                           CASE WHEN d.defaclnamespace = 0
                                THEN pg_catalog.acldefault((CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END)::"char",
                                                           d.defaclrole)
                                ELSE NULL END,
                           NULL
                      FROM pg_catalog.pg_default_acl d
                      LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
                     WHERE d.defaclnamespace = 0 OR n.nspname = ANY (?::text[])) o) p
     WHERE p.detail IS NOT NULL
    UNION ALL
    SELECT 'column collation', r.nspname, r.relname || '.' || a.attname, 'COLLATE ' || co.collname::text
      FROM rel r
      -- attcollation 0 is a type without collations: skipping those first saves the type lookups
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attcollation <> 0
      JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
      JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
     WHERE r.relkind IN ('r', 'p') AND a.attcollation <> ty.typcollation
    UNION ALL
    -- a table or index in another tablespace than the database's: dibs writes no TABLESPACE clause
    SELECT 'tablespace', r.nspname, r.relname, 'in tablespace ' || ts.spcname::text
      FROM rel r JOIN pg_catalog.pg_tablespace ts ON ts.oid = r.reltablespace
     WHERE r.relkind IN ('r', 'p', 'i', 'I', 'm')
    UNION ALL
    -- options of the indexes of tables dibs does not manage (an inheritance child's), and any index
    -- left INVALID by a failed concurrent build. On a managed table every other option is modelled
    -- (with the index, or with its key or exclusion constraint) and checked by the fidelity guard.
    SELECT 'index option', r.nspname, i.relname,
           pg_catalog.concat_ws(', ',
               CASE WHEN ${indnullsnotdistinct} AND NOT r.managed THEN 'NULLS NOT DISTINCT' END,
               CASE WHEN x.indclass::pg_catalog.oid[] OPERATOR(pg_catalog.&&) o.nondefault AND NOT r.managed THEN 'operator class' END,
               CASE WHEN x.collated AND NOT r.managed THEN 'collation' END,
               CASE WHEN NOT x.indisvalid THEN 'INVALID (a failed concurrent build: drop and re-create it)' END,
               CASE WHEN i.reloptions IS NOT NULL AND NOT r.managed THEN 'WITH (' || pg_catalog.array_to_string(i.reloptions, ', ') || ')' END)
      FROM rel r
      JOIN LATERAL (
            -- a key column indexed with another collation than its own
            SELECT x.*, EXISTS (SELECT 1 FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
                                 WHERE x.indkey[s.n - 1] <> 0 AND x.indcollation[s.n - 1] <> 0
                                   AND x.indcollation[s.n - 1] <> COALESCE(
                                       (SELECT a.attcollation FROM pg_catalog.pg_attribute a
                                         WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1]), 0::pg_catalog.oid)) AS collated
              FROM pg_catalog.pg_index x WHERE x.indrelid = r.oid) x ON true
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
      CROSS JOIN (SELECT ARRAY(SELECT oc.oid FROM pg_catalog.pg_opclass oc WHERE NOT oc.opcdefault) AS nondefault) o
     WHERE r.relkind IN ('r', 'p')
       AND (NOT x.indisvalid
            OR NOT r.managed AND (${indnullsnotdistinct} OR i.reloptions IS NOT NULL OR x.collated
                                  OR x.indclass::pg_catalog.oid[] OPERATOR(pg_catalog.&&) o.nondefault))
    UNION ALL
    SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type'
                          ELSE 'base type' END,
           n.nspname, t.typname, NULL
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ANY (?::text[]) AND t.typtype IN ('d', 'r', 'm', 'b')
       AND NOT (t.typtype = 'b' AND t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.oid = t.typelem AND e.typarray = t.oid))
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND ext.objid = t.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = t.oid AND d.deptype = 'i')
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function'
                          ELSE 'function' END,
           n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND ext.objid = p.oid)
    UNION ALL
    SELECT 'collation', n.nspname, c.collname, NULL
      FROM pg_catalog.pg_collation c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND ext.objid = c.oid)
) notes
ORDER BY 1, 2, 3
