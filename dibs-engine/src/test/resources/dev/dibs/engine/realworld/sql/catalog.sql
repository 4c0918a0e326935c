-- Everything PostgreSQL says about the objects of the given schemas, one text line per object or
-- aspect, read straight from the catalog and never through dibs's model: two databases are alike
-- when their sorted lines are. Each row also names its object (schema.name, or schema.table.member)
-- and the relation it belongs to, so that a difference can be matched with what a report names.
-- Extension members are left out: the extension owns them. Column order is left out on purpose:
-- a column added later stands last, wherever the reference has it.
WITH ext AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
), rel AS (
    SELECT c.oid, c.relkind, c.relpersistence, c.reloptions, c.reltablespace, c.relpartbound,
           c.relrowsecurity, c.relforcerowsecurity, n.nspname || '.' || c.relname AS name
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY (?::text[])
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ext.objid = c.oid)
), idx AS (
    SELECT i.oid, r.name AS relation, n.nspname || '.' || i.relname AS name, i.reltablespace, x.indisvalid,
           x.indisclustered, x.indisreplident
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
), con AS (
    SELECT k.oid, r.name AS relation, r.name || '.' || k.conname AS name
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
), fun AS (
    SELECT p.oid, p.prokind, n.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND ext.objid = p.oid)
), typ AS (
    SELECT t.oid, t.typtype, t.typbasetype, t.typtypmod, t.typnotnull, t.typdefault, n.nspname || '.' || t.typname AS name
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ANY (?::text[])
       AND t.typtype IN ('e', 'd', 'r', 'm', 'b')
       AND NOT (t.typtype = 'b' AND EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.oid = t.typelem AND e.typarray = t.oid))
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND ext.objid = t.oid)
), trg AS (
    SELECT t.oid, t.tgenabled, r.name AS relation, r.name || '.' || t.tgname AS name
      FROM rel r JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid
     WHERE NOT t.tgisinternal
), lines(kind, object, relation, line) AS (
    SELECT 'relation', r.name, r.name,
           'relation ' || r.name || ': ' || CASE r.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table'
               WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table'
               WHEN 'S' THEN 'sequence' ELSE 'composite type' END
      FROM rel r
    UNION ALL
    SELECT 'persistence', r.name, r.name,
           'persistence of ' || r.name || ': ' || CASE r.relpersistence WHEN 'u' THEN 'UNLOGGED' ELSE 'TEMPORARY' END
      FROM rel r WHERE r.relpersistence <> 'p'
    UNION ALL
    SELECT 'storage parameters', r.name, r.name,
           'storage parameters of ' || r.name || ': ' || pg_catalog.array_to_string(r.reloptions, ', ')
      FROM rel r WHERE r.reloptions IS NOT NULL
    UNION ALL
    SELECT 'partition key', r.name, r.name, 'partition key of ' || r.name || ': ' || pg_catalog.pg_get_partkeydef(r.oid)
      FROM rel r WHERE r.relkind = 'p'
    UNION ALL
    SELECT 'partition bound', r.name, r.name,
           'partition ' || r.name || ' of ' || (SELECT p.inhparent::pg_catalog.regclass::text FROM pg_catalog.pg_inherits p
                                                 WHERE p.inhrelid = r.oid LIMIT 1)
           || ': ' || pg_catalog.pg_get_expr(r.relpartbound, r.oid)
      FROM rel r WHERE r.relpartbound IS NOT NULL
    UNION ALL
    SELECT 'inheritance', r.name, r.name,
           'inheritance of ' || r.name || ': INHERITS (' || (SELECT pg_catalog.string_agg(p.inhparent::pg_catalog.regclass::text, ', '
                                                                   ORDER BY p.inhseqno)
                                                              FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid) || ')'
      FROM rel r
     WHERE r.relpartbound IS NULL AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid)
    UNION ALL
    SELECT 'tablespace', r.name, r.name,
           'tablespace of ' || r.name || ': ' || (SELECT s.spcname FROM pg_catalog.pg_tablespace s WHERE s.oid = r.reltablespace)
      FROM rel r WHERE r.reltablespace <> 0
    UNION ALL
    SELECT 'row level security', r.name, r.name,
           'row level security of ' || r.name || ': ' || CASE WHEN r.relrowsecurity THEN 'ENABLE' ELSE 'DISABLE' END
           || CASE WHEN r.relforcerowsecurity THEN ', FORCE' ELSE '' END
      FROM rel r WHERE r.relrowsecurity OR r.relforcerowsecurity
    UNION ALL
    SELECT 'column', r.name || '.' || a.attname, r.name,
           'column ' || r.name || '.' || a.attname || ': ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attcollation <> 0 THEN ' COLLATE ' || (SELECT co.collname FROM pg_catalog.pg_collation co
                                                                  WHERE co.oid = a.attcollation) ELSE '' END
           || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
           || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY'
                                 ELSE '' END
           || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ')'
                   || CASE a.attgenerated WHEN 's' THEN ' STORED' ELSE ' VIRTUAL' END
                   WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) ELSE '' END
           || CASE WHEN a.attstorage <> t.typstorage THEN ' STORAGE ' || a.attstorage::text ELSE '' END
      FROM rel r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = r.oid AND d.adnum = a.attnum
     WHERE r.relkind <> 'S'
    UNION ALL
    SELECT 'index', i.name, i.relation,
           'index ' || i.name || ': ' || pg_catalog.pg_get_indexdef(i.oid)
           || CASE WHEN i.reltablespace <> 0 THEN ' TABLESPACE ' || (SELECT s.spcname FROM pg_catalog.pg_tablespace s
                                                                     WHERE s.oid = i.reltablespace) ELSE '' END
           || CASE WHEN NOT i.indisvalid THEN ' (INVALID)' ELSE '' END
           || CASE WHEN i.indisclustered THEN ' (CLUSTER ON)' ELSE '' END
           || CASE WHEN i.indisreplident THEN ' (REPLICA IDENTITY)' ELSE '' END
      FROM idx i
    UNION ALL
    SELECT 'constraint', k.name, k.relation, 'constraint ' || k.name || ': ' || pg_catalog.pg_get_constraintdef(k.oid)
      FROM con k
    UNION ALL
    SELECT 'enum', t.name, NULL,
           'enum ' || t.name || ': ' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                                          FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
      FROM typ t WHERE t.typtype = 'e'
    UNION ALL
    SELECT 'type', t.name, NULL,
           'type ' || t.name || ': ' || CASE t.typtype WHEN 'd' THEN 'domain over ' || pg_catalog.format_type(t.typbasetype, t.typtypmod)
                                          || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                                          || COALESCE(' DEFAULT ' || t.typdefault, '')
                                          || COALESCE((SELECT pg_catalog.string_agg(' ' || pg_catalog.pg_get_constraintdef(k.oid), ''
                                                                                    ORDER BY k.conname)
                                                         FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid), '')
                                        WHEN 'r' THEN 'range' WHEN 'm' THEN 'multirange' ELSE 'base type' END
      FROM typ t WHERE t.typtype <> 'e'
    UNION ALL
    -- an owned sequence belongs to its table (created and dropped with it), any other one is its own relation
    SELECT 'sequence', r.name,
           COALESCE((SELECT n.nspname || '.' || t.relname
                       FROM pg_catalog.pg_depend d
                       JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
                       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                        AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i') LIMIT 1), r.name),
           'sequence ' || r.name || ': AS ' || s.seqtypid::pg_catalog.regtype::text || ' START ' || s.seqstart
           || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache
           || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END
           || COALESCE(' OWNED BY ' || (SELECT d.refobjid::pg_catalog.regclass::text || '.' || a.attname
                                          FROM pg_catalog.pg_depend d
                                          JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                                           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                           AND d.deptype IN ('a', 'i') LIMIT 1), '')
      FROM rel r JOIN pg_catalog.pg_sequence s ON s.seqrelid = r.oid
    UNION ALL
    SELECT 'trigger', g.name, g.relation,
           'trigger ' || g.name || ': ' || pg_catalog.pg_get_triggerdef(g.oid)
           || CASE g.tgenabled WHEN 'O' THEN '' WHEN 'D' THEN ' (DISABLED)' WHEN 'R' THEN ' (ENABLE REPLICA)' ELSE ' (ENABLE ALWAYS)' END
      FROM trg g
    UNION ALL
    SELECT 'view', r.name, r.name, 'view definition of ' || r.name || ': ' || pg_catalog.pg_get_viewdef(r.oid)
      FROM rel r WHERE r.relkind IN ('v', 'm')
    UNION ALL
    SELECT 'rule', r.name || '.' || w.rulename, r.name, 'rule ' || r.name || '.' || w.rulename || ': ' || pg_catalog.pg_get_ruledef(w.oid)
      FROM rel r JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE w.rulename <> '_RETURN'
    UNION ALL
    SELECT 'policy', r.name || '.' || p.polname, r.name,
           'policy ' || r.name || '.' || p.polname || ': ' || p.polcmd::text || CASE WHEN p.polpermissive THEN ' PERMISSIVE' ELSE ' RESTRICTIVE' END
           || COALESCE(' USING (' || pg_catalog.pg_get_expr(p.polqual, p.polrelid) || ')', '')
           || COALESCE(' WITH CHECK (' || pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
      FROM rel r JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
    UNION ALL
    SELECT 'function', f.name, NULL,
           'function ' || f.name || ': ' || CASE WHEN f.prokind IN ('f', 'p') THEN pg_catalog.pg_get_functiondef(f.oid)
                                                 WHEN f.prokind = 'a' THEN 'aggregate' ELSE 'window function' END
      FROM fun f
    UNION ALL
    -- comments: on relations and their columns, indexes, constraints, functions, types and triggers
    SELECT 'comment', r.name || CASE WHEN d.objsubid = 0 THEN '' ELSE '.' || a.attname END, r.name,
           'comment on ' || CASE WHEN d.objsubid = 0 THEN 'relation ' || r.name ELSE 'column ' || r.name || '.' || a.attname END
           || ': ' || d.description
      FROM rel r
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid = r.oid
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.objsubid
    UNION ALL
    SELECT 'comment', i.name, i.relation, 'comment on index ' || i.name || ': ' || d.description
      FROM idx i
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid = i.oid
    UNION ALL
    SELECT 'comment', k.name, k.relation, 'comment on constraint ' || k.name || ': ' || d.description
      FROM con k
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objoid = k.oid
    UNION ALL
    SELECT 'comment', f.name, NULL, 'comment on function ' || f.name || ': ' || d.description
      FROM fun f
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objoid = f.oid
    UNION ALL
    SELECT 'comment', t.name, NULL, 'comment on type ' || t.name || ': ' || d.description
      FROM typ t
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objoid = t.oid
    UNION ALL
    SELECT 'comment', g.name, g.relation, 'comment on trigger ' || g.name || ': ' || d.description
      FROM trg g
      JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objoid = g.oid
)
SELECT kind, object, relation, line FROM lines ORDER BY line COLLATE "C", kind, object
