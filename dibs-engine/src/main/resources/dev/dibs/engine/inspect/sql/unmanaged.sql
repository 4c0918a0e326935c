-- Everything in the requested schemas that dibs does not model, so the diff can show it as a note
-- instead of ignoring it, and the objects of the whole database that matter to them (schema "*").
-- Extension members are left out: the extension owns them. Each note's detail is what PostgreSQL
-- says the object is, so that notes of two databases compare by definition, not by name.
-- Each part marked with a kind (a kind marker before it, an end marker after it: see
-- inspect/CatalogSql.forKinds) reads one kind of object a database seldom has: it is sent only to a
-- database that has that kind (unmodelled-kinds.sql, sent just before, tells), so that the others are
-- never parsed and planned.
WITH ext AS (
    -- an extension member's dependency is always on its extension: read through pg_depend's index
    -- on the referenced object rather than by a pass over every dependency in the database
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
     WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
), rel AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispartition, c.relrowsecurity, c.relacl, c.relowner, c.reltablespace,
           c.relreplident, c.relam, c.relpersistence, c.relforcerowsecurity, c.reloptions, c.reltoastrelid, c.reloftype,
           -- a table dibs manages (as managed-tables.sql says): the fidelity guard compares its
           -- indexes and constraints whole (inspect/Fingerprints), so their options are no notes
           c.relkind IN ('r', 'p') AND NOT c.relispartition
           AND ${managed_child:c} AS managed,
           -- a partition with every partition above it and its table in its own schema: tables.sql
           -- models it (TableOptions) when that table is a managed one
           c.relispartition
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_partition_ancestors(c.oid) a
                             JOIN pg_catalog.pg_class ac ON ac.oid = a.relid
                            WHERE ac.relnamespace <> c.relnamespace) AS modelled_partition
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY (?::text[])
       -- indexes, the most numerous relations, are reached through their tables where needed
       AND c.relkind NOT IN ('i', 'I')
       AND c.relname NOT LIKE '\_\_dibs\_%'
       -- the migration tools' history tables (as managed-tables.sql): neither managed nor noted
       AND NOT (ARRAY[c.relname::text, '"' || pg_catalog.replace(n.nspname, '"', '""') || '"."'
                      || pg_catalog.replace(c.relname, '"', '""') || '"'] && ?::pg_catalog.text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ext.objid = c.oid)
), invalid AS (
    -- why an index is INVALID. Only a failed concurrent build's is dropped and built again by a plan
    -- (inspect/InvalidIndexes): a partitioned table's index made ON ONLY stays INVALID until every
    -- partition has an index attached to it, and an index is INVALID while CREATE INDEX CONCURRENTLY
    -- builds it. The build of a role whose sessions dibs's role may not watch (pg_read_all_stats lets
    -- it) shows no index: while one runs in this database, no INVALID index is taken for a failed one.
    SELECT x.indexrelid AS oid,
           CASE WHEN i.relkind = 'I'
                THEN 'INVALID (a partitioned index some partition has no index attached to yet: attach one to it)'
                WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p
                              WHERE p.datid = d.oid AND p.index_relid = x.indexrelid)
                THEN 'INVALID while a concurrent build of it runs'
                WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p
                              WHERE p.datid = d.oid AND p.index_relid IS NULL)
                THEN 'INVALID (a failed concurrent build, or one running in a session dibs''s role may not watch:'
                     || ' grant it pg_read_all_stats to tell)'
                ELSE 'INVALID (a failed concurrent build: drop and re-create it)' END AS said
      FROM pg_catalog.pg_index x
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
      CROSS JOIN (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()) d
     WHERE NOT x.indisvalid
), col AS MATERIALIZED (
    -- One pass over the columns of the compared relations, keeping only those with something dibs
    -- does not model: column grants (on any relation that has columns: sequences accept them too),
    -- and on tables a collation other than the type's, SET STORAGE, SET COMPRESSION, and SET
    -- STATISTICS where it is no managed table's (columns.sql reads those): a table dibs does not
    -- manage, or a partition with a target of its own other than its table's (one with the default
    -- is left alone: PostgreSQL gives a new partition none, whoever makes it, and a target set on the
    -- table reaches the partitions there are). The notes below read it rather than each scanning
    -- pg_attribute again.
    SELECT r.oid AS relid, r.nspname, r.relname, r.relkind, a.attname, a.attacl IS NOT NULL AS granted,
           -- a managed table, or a partition of one at any level (its columns are its table's)
           r.managed OR r.relispartition AND EXISTS (SELECT 1 FROM rel p WHERE p.oid = pg_catalog.pg_partition_root(r.oid)
                                                                           AND p.managed) AS modelled,
           a.attcollation, ty.typcollation, a.attstorage, ty.typstorage, a.attcompression, st.note AS statistics_note,
           a.attoptions
      FROM rel r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      -- OFFSET 0: one hash of the types, not an index lookup per column (13,300 of them at 1,000 tables:
      -- 13 ms of this query's 55 on PostgreSQL 15)
      JOIN (SELECT t.oid, t.typcollation, t.typstorage FROM pg_catalog.pg_type t OFFSET 0) ty ON ty.oid = a.atttypid
      -- -1 is the default target before 17, NULL from 17 on; a partition's own target, when not its table's
      CROSS JOIN LATERAL (
           SELECT CASE WHEN NULLIF(a.attstattarget::integer, -1) IS NULL OR r.managed OR r.relkind NOT IN ('r', 'p') THEN NULL
                       WHEN NOT r.relispartition THEN 'SET STATISTICS ' || a.attstattarget
                       ELSE (SELECT 'SET STATISTICS ' || a.attstattarget || ' (its table ' || pa.attrelid::pg_catalog.regclass::text
                                    || ' has ' || COALESCE(NULLIF(pa.attstattarget::integer, -1)::text, 'the default') || ')'
                               FROM pg_catalog.pg_inherits h
                               JOIN pg_catalog.pg_attribute pa ON pa.attrelid = h.inhparent AND pa.attname = a.attname
                              WHERE h.inhrelid = r.oid AND pa.attstattarget IS DISTINCT FROM a.attstattarget) END AS note) st
     WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND (a.attacl IS NOT NULL
            OR r.relkind IN ('r', 'p')
               AND (a.attcollation <> 0 AND a.attcollation <> ty.typcollation OR a.attstorage <> ty.typstorage
                    OR a.attcompression IN ('p', 'l') OR st.note IS NOT NULL OR a.attoptions IS NOT NULL))
), defs AS (
    -- What PostgreSQL says an object is, for the notes below whose own row carries only a name:
    -- comparing two databases compares these, so that a changed view body, an altered policy or a
    -- disabled rule never reads the same as an identical object.
    -- views and materialized views are managed (views.sql)
    SELECT CASE r.relkind WHEN 'f' THEN 'foreign table' ELSE 'composite type' END AS kind,
           r.nspname::text AS schema_name, r.relname::text AS object_name,
           COALESCE((SELECT 'SERVER ' || pg_catalog.quote_ident(s.srvname)
                            || COALESCE(' OPTIONS (' || pg_catalog.array_to_string(f.ftoptions, ', ') || ')', '') || ': '
                       FROM pg_catalog.pg_foreign_table f JOIN pg_catalog.pg_foreign_server s ON s.oid = f.ftserver
                      WHERE f.ftrelid = r.oid), '')
           || COALESCE((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '
                                                     || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                                     || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END, ', '
                                                     ORDER BY a.attnum)
                          FROM pg_catalog.pg_attribute a
                         WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped), '(no columns)') AS definition
      FROM rel r JOIN pg_catalog.pg_class c ON c.oid = r.oid
     WHERE r.relkind IN ('f', 'c')
    ${kind:policy}
    UNION ALL
    SELECT 'policy', r.nspname, r.relname || '.' || p.polname,
           'AS ' || CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
           || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                       WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
           || ' TO ' || (SELECT pg_catalog.string_agg(CASE WHEN g.role = 0 THEN 'PUBLIC'
                                                           ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.role)) END, ', '
                                                      ORDER BY CASE WHEN g.role = 0 THEN 'PUBLIC'
                                                                    ELSE pg_catalog.pg_get_userbyid(g.role)::text END)
                           FROM pg_catalog.unnest(p.polroles) AS g(role))
           || COALESCE(' USING (' || pg_catalog.pg_get_expr(p.polqual, p.polrelid) || ')', '')
           || COALESCE(' WITH CHECK (' || pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
      FROM rel r JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
    ${end}
    ${kind:rule}
    UNION ALL
    SELECT 'rule', r.nspname, r.relname || '.' || w.rulename,
           pg_catalog.pg_get_ruledef(w.oid)
           || CASE w.ev_enabled WHEN 'D' THEN ' (DISABLED)' WHEN 'R' THEN ' (ENABLE REPLICA)' WHEN 'A' THEN ' (ENABLE ALWAYS)'
                                ELSE '' END
      FROM rel r JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE w.rulename <> '_RETURN'
    ${end}
    ${kind:aggregate}
    UNION ALL
    SELECT 'aggregate', n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
           pg_catalog.concat_ws(', ', 'SFUNC = ' || a.aggtransfn::pg_catalog.regproc::text,
                                'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
                                'FINALFUNC = ' || NULLIF(a.aggfinalfn, 0)::pg_catalog.regproc::text,
                                'COMBINEFUNC = ' || NULLIF(a.aggcombinefn, 0)::pg_catalog.regproc::text,
                                'MSFUNC = ' || NULLIF(a.aggmtransfn, 0)::pg_catalog.regproc::text,
                                'INITCOND = ' || pg_catalog.quote_literal(a.agginitval),
                                'SORTOP = ' || NULLIF(a.aggsortop, 0)::pg_catalog.regoperator::text,
                                CASE a.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical-set' END,
                                'PARALLEL = ' || p.proparallel::text, 'returns ' || pg_catalog.format_type(p.prorettype, NULL))
      FROM pg_catalog.pg_aggregate a
      JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY (?::text[])
    ${end}
    ${kind:type}
    UNION ALL
    SELECT 'range type', n.nspname, t.typname,
           pg_catalog.concat_ws(', ', 'SUBTYPE = ' || pg_catalog.format_type(g.rngsubtype, NULL),
                                'SUBTYPE_OPCLASS = ' || (SELECT o.opcname::text FROM pg_catalog.pg_opclass o WHERE o.oid = g.rngsubopc),
                                'COLLATION = ' || (SELECT co.collname::text FROM pg_catalog.pg_collation co WHERE co.oid = g.rngcollation),
                                'CANONICAL = ' || NULLIF(g.rngcanonical, 0)::pg_catalog.regproc::text,
                                'SUBTYPE_DIFF = ' || NULLIF(g.rngsubdiff, 0)::pg_catalog.regproc::text)
      FROM pg_catalog.pg_range g
      JOIN pg_catalog.pg_type t ON t.oid = g.rngtypid
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ANY (?::text[])
    ${end}
    ${kind:type}
    UNION ALL
    SELECT 'base type', n.nspname, t.typname,
           pg_catalog.concat_ws(', ', 'INPUT = ' || t.typinput::pg_catalog.regproc::text, 'OUTPUT = ' || t.typoutput::pg_catalog.regproc::text,
                                'RECEIVE = ' || NULLIF(t.typreceive, 0)::pg_catalog.regproc::text,
                                'SEND = ' || NULLIF(t.typsend, 0)::pg_catalog.regproc::text,
                                'INTERNALLENGTH = ' || t.typlen, 'ALIGNMENT = ' || t.typalign::text, 'STORAGE = ' || t.typstorage::text,
                                'CATEGORY = ' || t.typcategory::text, CASE WHEN t.typbyval THEN 'PASSEDBYVALUE' END)
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ANY (?::text[]) AND t.typtype = 'b'
    ${end}
), others AS (
    -- kinds dibs does not model at all, each noted with its definition. Objects of the whole
    -- database rather than of a schema (an event trigger, a publication, a foreign server, …) are
    -- noted under schema "*"; a cast or transform under the compared schema of its types or
    -- function, else "*". Built-in objects (oid below 16384) and extension members are left out.
    -- (no row: each kind below is a part of its own, sent only where the database has that kind)
    SELECT NULL::text AS kind, NULL::text AS schema_name, NULL::text AS object_name, NULL::text AS detail WHERE false
    ${kind:cast}
    UNION ALL
    SELECT 'cast', COALESCE(s.nspname::text, '*'),
           '(' || pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL) || ')' AS object_name,
           CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::text
                             WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
           || CASE c.castcontext WHEN 'i' THEN ' AS IMPLICIT' WHEN 'a' THEN ' AS ASSIGNMENT' ELSE '' END AS detail
      FROM pg_catalog.pg_cast c
      LEFT JOIN LATERAL (
            SELECT n.nspname FROM pg_catalog.pg_namespace n
             WHERE n.nspname = ANY (?::text[])
               AND n.oid IN (SELECT t.typnamespace FROM pg_catalog.pg_type t WHERE t.oid IN (c.castsource, c.casttarget)
                             UNION ALL SELECT f.pronamespace FROM pg_catalog.pg_proc f WHERE f.oid = c.castfunc)
             ORDER BY n.nspname LIMIT 1) s ON true
     WHERE c.oid >= 16384
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND ext.objid = c.oid)
       -- a multirange type's casts come and go with its range type
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objid = c.oid AND d.deptype = 'i')
    ${end}
    ${kind:operator}
    UNION ALL
    SELECT 'operator', n.nspname,
           o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', '
           || pg_catalog.format_type(o.oprright, NULL) || ')',
           pg_catalog.concat_ws(', ', 'a shell (no function: only named by another operator, never created)',
                                'COMMUTATOR = ' || NULLIF(o.oprcom, 0)::pg_catalog.regoperator::text,
                                'NEGATOR = ' || NULLIF(o.oprnegate, 0)::pg_catalog.regoperator::text)
      FROM pg_catalog.pg_operator o
      JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
     WHERE n.nspname = ANY (?::text[])
       -- dibs manages every other (operators.sql): a shell, only named as a commutator or negator, has no function
       AND o.oprcode = 0
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND ext.objid = o.oid)
    ${end}
    ${kind:operator class}
    UNION ALL
    SELECT 'operator class', n.nspname, c.opcname || ' USING ' || am.amname,
           CASE WHEN c.opcdefault THEN 'DEFAULT ' ELSE '' END || 'FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL)
           || ' FAMILY ' || (SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
                               FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
                              WHERE f.oid = c.opcfamily)
           || COALESCE(' STORAGE ' || pg_catalog.format_type(NULLIF(c.opckeytype, 0), NULL), '')
      FROM pg_catalog.pg_opclass c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
      JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND ext.objid = c.oid)
    ${end}
    ${kind:operator family}
    UNION ALL
    -- a family's operators and support functions are its definition (its classes name it)
    SELECT 'operator family', n.nspname, f.opfname || ' USING ' || am.amname,
           COALESCE((SELECT pg_catalog.string_agg(m.member, ', ' ORDER BY m.member)
                       FROM (SELECT 'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::pg_catalog.regoperator::text
                                    || CASE WHEN ao.amoppurpose = 's' THEN ''
                                            ELSE ' FOR ORDER BY ' || ao.amopsortfamily::text END AS member
                               FROM pg_catalog.pg_amop ao WHERE ao.amopfamily = f.oid
                             UNION ALL
                             SELECT 'FUNCTION ' || ap.amprocnum || ' (' || pg_catalog.format_type(ap.amproclefttype, NULL) || ', '
                                    || pg_catalog.format_type(ap.amprocrighttype, NULL) || ') '
                                    || ap.amproc::pg_catalog.regprocedure::text
                               FROM pg_catalog.pg_amproc ap WHERE ap.amprocfamily = f.oid) m), '(empty)')
      FROM pg_catalog.pg_opfamily f
      JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
      JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND ext.objid = f.oid)
    ${end}
    ${kind:text search configuration}
    UNION ALL
    SELECT 'text search configuration', n.nspname, c.cfgname,
           'PARSER = ' || (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname)
                             FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
                            WHERE p.oid = c.cfgparser)
           || COALESCE('; ' || (SELECT pg_catalog.string_agg(t.alias || ' WITH ' || m.dictionaries, '; ' ORDER BY t.alias)
                                  FROM (SELECT mm.maptokentype,
                                               pg_catalog.string_agg(mm.mapdict::pg_catalog.regdictionary::text, ', '
                                                                     ORDER BY mm.mapseqno) AS dictionaries
                                          FROM pg_catalog.pg_ts_config_map mm WHERE mm.mapcfg = c.oid
                                         GROUP BY mm.maptokentype) m
                                  JOIN pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype), '')
      FROM pg_catalog.pg_ts_config c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND ext.objid = c.oid)
    ${end}
    ${kind:text search dictionary}
    UNION ALL
    SELECT 'text search dictionary', n.nspname, d.dictname,
           'TEMPLATE = ' || (SELECT pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname)
                               FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
                              WHERE t.oid = d.dicttemplate)
           || COALESCE(', ' || d.dictinitoption, '')
      FROM pg_catalog.pg_ts_dict d
      JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND ext.objid = d.oid)
    ${end}
    ${kind:text search parser}
    UNION ALL
    SELECT 'text search parser', n.nspname, p.prsname,
           pg_catalog.concat_ws(', ', 'START = ' || p.prsstart::pg_catalog.regproc::text,
                                'GETTOKEN = ' || p.prstoken::pg_catalog.regproc::text, 'END = ' || p.prsend::pg_catalog.regproc::text,
                                'LEXTYPES = ' || p.prslextype::pg_catalog.regproc::text,
                                'HEADLINE = ' || NULLIF(p.prsheadline, 0)::pg_catalog.regproc::text)
      FROM pg_catalog.pg_ts_parser p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND ext.objid = p.oid)
    ${end}
    ${kind:text search template}
    UNION ALL
    SELECT 'text search template', n.nspname, t.tmplname,
           pg_catalog.concat_ws(', ', 'INIT = ' || NULLIF(t.tmplinit, 0)::pg_catalog.regproc::text,
                                'LEXIZE = ' || t.tmpllexize::pg_catalog.regproc::text)
      FROM pg_catalog.pg_ts_template t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND ext.objid = t.oid)
    ${end}
    ${kind:conversion}
    UNION ALL
    SELECT 'conversion', n.nspname, v.conname,
           CASE WHEN v.condefault THEN 'DEFAULT ' ELSE '' END || 'FOR ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(v.conforencoding))
           || ' TO ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(v.contoencoding))
           || ' FROM ' || v.conproc::pg_catalog.regproc::text
      FROM pg_catalog.pg_conversion v
      JOIN pg_catalog.pg_namespace n ON n.oid = v.connamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND ext.objid = v.oid)
    ${end}
    ${kind:statistics object}
    UNION ALL
    -- CREATE STATISTICS, on a managed table or not: the planner's extended statistics are not modelled
    SELECT 'statistics object', n.nspname, s.stxname, pg_catalog.pg_get_statisticsobjdef(s.oid)
      FROM pg_catalog.pg_statistic_ext s
      JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
     WHERE n.nspname = ANY (?::text[])
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND ext.objid = s.oid)
    ${end}
    ${kind:transform}
    UNION ALL
    SELECT 'transform', CASE WHEN n.nspname = ANY (?::text[]) THEN n.nspname::text ELSE '*' END,
           'FOR ' || pg_catalog.format_type(t.trftype, NULL) || ' LANGUAGE ' || l.lanname,
           pg_catalog.concat_ws(', ', 'FROM SQL WITH FUNCTION ' || NULLIF(t.trffromsql, 0)::pg_catalog.regprocedure::text,
                                'TO SQL WITH FUNCTION ' || NULLIF(t.trftosql, 0)::pg_catalog.regprocedure::text)
      FROM pg_catalog.pg_transform t
      JOIN pg_catalog.pg_type ty ON ty.oid = t.trftype
      JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
      JOIN pg_catalog.pg_language l ON l.oid = t.trflang
     WHERE t.oid >= 16384
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_transform'::pg_catalog.regclass AND ext.objid = t.oid)
    ${end}
    ${kind:event trigger}
    UNION ALL
    SELECT 'event trigger', '*', e.evtname,
           'ON ' || e.evtevent || COALESCE(' WHEN TAG IN (' || pg_catalog.array_to_string(e.evttags, ', ') || ')', '')
           || ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::text
           || CASE e.evtenabled WHEN 'D' THEN ' (DISABLED)' WHEN 'R' THEN ' (ENABLE REPLICA)' WHEN 'A' THEN ' (ENABLE ALWAYS)' ELSE '' END
      FROM pg_catalog.pg_event_trigger e
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND ext.objid = e.oid)
    ${end}
    ${kind:publication}
    UNION ALL
    -- a publication's tables are listed from the compared schemas only
    SELECT 'publication', '*', p.pubname,
           CASE WHEN p.puballtables THEN 'FOR ALL TABLES'
                ELSE 'FOR TABLE ' || COALESCE((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(t.schemaname) || '.'
                                                                            || pg_catalog.quote_ident(t.tablename) ${pubfilters}, ', '
                                                                            ORDER BY t.schemaname, t.tablename)
                                                 FROM pg_catalog.pg_publication_tables t
                                                WHERE t.pubname = p.pubname AND t.schemaname = ANY (?::text[])),
                                              '(none in the compared schemas)') END
           || ' WITH (publish = ''' || pg_catalog.concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END,
                                                            CASE WHEN p.pubupdate THEN 'update' END,
                                                            CASE WHEN p.pubdelete THEN 'delete' END,
                                                            CASE WHEN p.pubtruncate THEN 'truncate' END)
           || ''', publish_via_partition_root = ' || p.pubviaroot || ')'
      FROM pg_catalog.pg_publication p
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_publication'::pg_catalog.regclass AND ext.objid = p.oid)
    ${end}
    ${kind:subscription}
    UNION ALL
    -- only the columns everyone may read: the connection string (and its password) never
    SELECT 'subscription', '*', s.subname,
           CASE WHEN s.subenabled THEN 'ENABLED' ELSE 'DISABLED' END || ', PUBLICATION '
           || pg_catalog.array_to_string(s.subpublications, ', ')
      FROM pg_catalog.pg_subscription s
     WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
    ${end}
    ${kind:foreign data wrapper}
    UNION ALL
    SELECT 'foreign data wrapper', '*', w.fdwname,
           pg_catalog.concat_ws(', ', 'HANDLER ' || NULLIF(w.fdwhandler, 0)::pg_catalog.regproc::text,
                                'VALIDATOR ' || NULLIF(w.fdwvalidator, 0)::pg_catalog.regproc::text,
                                'OPTIONS (' || (SELECT pg_catalog.string_agg(CASE WHEN o ~* '^[^=]*(password|secret|token)'
                                                                                   THEN pg_catalog.split_part(o, '=', 1) || '=***'
                                                                                   ELSE o END, ', ')
                                                  FROM pg_catalog.unnest(w.fdwoptions) AS o) || ')')
      FROM pg_catalog.pg_foreign_data_wrapper w
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                                             AND ext.objid = w.oid)
    ${end}
    ${kind:foreign server}
    UNION ALL
    SELECT 'foreign server', '*', s.srvname,
           pg_catalog.concat_ws(', ', 'FOREIGN DATA WRAPPER ' || w.fdwname, 'TYPE ' || pg_catalog.quote_literal(s.srvtype),
                                'VERSION ' || pg_catalog.quote_literal(s.srvversion),
                                'OPTIONS (' || (SELECT pg_catalog.string_agg(CASE WHEN o ~* '^[^=]*(password|secret|token)'
                                                                                   THEN pg_catalog.split_part(o, '=', 1) || '=***'
                                                                                   ELSE o END, ', ')
                                                  FROM pg_catalog.unnest(s.srvoptions) AS o) || ')')
      FROM pg_catalog.pg_foreign_server s
      JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND ext.objid = s.oid)
    ${end}
    ${kind:foreign server}
    UNION ALL
    -- a user mapping's options hold passwords: only their names are said
    SELECT 'user mapping', '*', 'for ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE u.usename::text END || ' server ' || u.srvname,
           'OPTIONS (' || COALESCE((SELECT pg_catalog.string_agg(pg_catalog.split_part(o, '=', 1), ', ' ORDER BY o)
                                      FROM pg_catalog.unnest(u.umoptions) AS o), '') || ')'
      FROM pg_catalog.pg_user_mappings u
    ${end}
    ${kind:access method}
    UNION ALL
    SELECT 'access method', '*', a.amname,
           CASE a.amtype WHEN 'i' THEN 'TYPE INDEX' ELSE 'TYPE TABLE' END || ' HANDLER ' || a.amhandler::pg_catalog.regproc::text
      FROM pg_catalog.pg_am a
     WHERE a.oid >= 16384
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_am'::pg_catalog.regclass AND ext.objid = a.oid)
    ${end}
    ${kind:language}
    UNION ALL
    SELECT 'language', '*', l.lanname,
           pg_catalog.concat_ws(', ', CASE WHEN l.lanpltrusted THEN 'TRUSTED' END,
                                'HANDLER ' || NULLIF(l.lanplcallfoid, 0)::pg_catalog.regproc::text,
                                'INLINE ' || NULLIF(l.laninline, 0)::pg_catalog.regproc::text,
                                'VALIDATOR ' || NULLIF(l.lanvalidator, 0)::pg_catalog.regproc::text)
      FROM pg_catalog.pg_language l
     WHERE l.oid >= 16384
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_language'::pg_catalog.regclass AND ext.objid = l.oid)
    ${end}
)
SELECT notes.kind, notes.schema_name, notes.object_name, COALESCE(notes.detail, defs.definition) AS detail FROM (
    SELECT CASE r.relkind WHEN 'f' THEN 'foreign table' ELSE 'composite type' END AS kind,
           r.nspname::text AS schema_name, r.relname::text AS object_name, NULL::text AS detail
      FROM rel r WHERE r.relkind IN ('f', 'c')
    UNION ALL
    -- views and materialized views are managed (views.sql), but not the comments of their columns
    -- and indexes: said here, never silently lost
    SELECT 'view column comment', r.nspname, r.relname || '.' || a.attname, ds.description
      FROM rel r
      JOIN pg_catalog.pg_description ds
        ON ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid > 0
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum = ds.objsubid
     WHERE r.relkind IN ('v', 'm')
    UNION ALL
    -- a managed table's own index has its comment modelled; not the index behind a key, unique or
    -- exclusion constraint (COMMENT ON INDEX tickets_pkey), nor one of a materialized view or of a
    -- table dibs does not manage
    SELECT 'index comment', r.nspname, i.relname, ds.description
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
      JOIN pg_catalog.pg_description ds
        ON ds.objoid = i.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
     WHERE r.relkind = 'm' OR NOT r.managed
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid = r.oid AND k.conindid = i.oid AND k.contype IN ('p', 'u', 'x'))
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
                           OR d.deptype = 'a' AND pg_catalog.pg_get_expr(ad.adbin, 0)
                              = 'nextval(' || pg_catalog.quote_literal(r.oid::pg_catalog.regclass::text) || '::regclass)'))
    ${kind:inheritance}
    UNION ALL
    -- partitions at every level of a managed partitioned table, in its schema, are modelled
    -- (TableOptions): the diff notes those nobody declared. Noted here: partitions of a table outside
    -- the compared schemas, or in another schema than their table or a partition above them.
    SELECT 'partition', r.nspname, r.relname,
           'partition of ' || p.inhparent::pg_catalog.regclass::text || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid)
      FROM rel r
      JOIN pg_catalog.pg_class c ON c.oid = r.oid
      JOIN pg_catalog.pg_inherits p ON p.inhrelid = r.oid
     WHERE r.relispartition
       AND NOT (r.modelled_partition AND EXISTS (SELECT 1 FROM rel root WHERE root.oid = pg_catalog.pg_partition_root(r.oid)
                                                                            AND root.managed))
    ${end}
    ${kind:inheritance}
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
    ${end}
    ${kind:inheritance}
    UNION ALL
    SELECT 'partition constraint', r.nspname, r.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid)
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE r.relispartition AND k.coninhcount = 0 AND k.conparentid = 0 AND k.contype <> 'n'
    ${end}
    ${kind:inheritance}
    UNION ALL
    -- a partition's own persistence, storage parameters (its TOAST table's too), row-level security
    -- (read through the partition directly, its table's policies do not apply) and comment: dibs
    -- writes a partition as its bound only
    SELECT 'partition option', r.nspname, r.relname,
           pg_catalog.concat_ws(', ',
               CASE WHEN r.relpersistence = 'u' THEN 'UNLOGGED' END,
               CASE WHEN r.reloptions IS NOT NULL OR toast.options IS NOT NULL
                    THEN 'WITH (' || pg_catalog.array_to_string(COALESCE(r.reloptions, '{}') || COALESCE(toast.options, '{}'), ', ') || ')' END,
               CASE WHEN r.relrowsecurity THEN 'ENABLE ROW LEVEL SECURITY' END,
               CASE WHEN r.relforcerowsecurity THEN 'FORCE ROW LEVEL SECURITY' END,
               'comment ' || pg_catalog.quote_literal(ds.description))
      FROM rel r
      LEFT JOIN pg_catalog.pg_description ds
        ON ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
      LEFT JOIN LATERAL (SELECT NULLIF(ARRAY(SELECT 'toast.' || o FROM pg_catalog.pg_class tc, pg_catalog.unnest(tc.reloptions) AS o
                                              WHERE tc.oid = r.reltoastrelid), '{}') AS options) toast ON true
     WHERE r.relispartition
       AND (r.relpersistence = 'u' OR r.reloptions IS NOT NULL OR toast.options IS NOT NULL OR r.relrowsecurity
            OR r.relforcerowsecurity OR ds.description IS NOT NULL)
    UNION ALL
    -- a partition's column with a NOT NULL, default or comment its table's column lacks
    SELECT 'partition column', r.nspname, r.relname || '.' || a.attname,
           pg_catalog.concat_ws(', ',
               CASE WHEN a.attnotnull AND NOT pa.attnotnull THEN 'NOT NULL' END,
               CASE WHEN d.def IS DISTINCT FROM pd.def THEN COALESCE('DEFAULT ' || d.def, 'no default') END,
               'comment ' || pg_catalog.quote_literal(ds.description))
      FROM rel r
      JOIN pg_catalog.pg_inherits h ON h.inhrelid = r.oid
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_catalog.pg_attribute pa ON pa.attrelid = h.inhparent AND pa.attname = a.attname
      LEFT JOIN LATERAL (SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS def FROM pg_catalog.pg_attrdef ad
                          WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum) d ON true
      LEFT JOIN LATERAL (SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS def FROM pg_catalog.pg_attrdef ad
                          WHERE ad.adrelid = pa.attrelid AND ad.adnum = pa.attnum) pd ON true
      LEFT JOIN pg_catalog.pg_description ds
        ON ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = a.attnum
     WHERE r.relispartition
       AND (a.attnotnull AND NOT pa.attnotnull OR d.def IS DISTINCT FROM pd.def OR ds.description IS NOT NULL)
    UNION ALL
    -- a trigger its table gives a partition, enabled otherwise there
    SELECT 'partition trigger', r.nspname, r.relname || '.' || t.tgname,
           CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE' END
           || ' (its table''s: '
           || CASE pt.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE' END
           || ')'
      FROM rel r
      JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid
      JOIN pg_catalog.pg_trigger pt ON pt.oid = t.tgparentid
     WHERE r.relispartition AND t.tgenabled <> pt.tgenabled
    ${end}
    ${kind:inheritance}
    UNION ALL
    -- an inheritance child of a table dibs does not manage (in another schema, an extension's, …) is
    -- not managed: its definition is the note's, so that two databases whose children differ (a
    -- column, a constraint, an index, a storage parameter) show different notes
    SELECT 'inheritance', r.nspname, r.relname,
           'inherits from ' || (SELECT pg_catalog.string_agg(p.inhparent::pg_catalog.regclass::text, ', ' ORDER BY p.inhseqno)
                                  FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid)
           || CASE WHEN r.relpersistence = 'u' THEN ', UNLOGGED' ELSE '' END
           || COALESCE(', WITH (' || pg_catalog.array_to_string(r.reloptions, ', ') || ')', '')
           || '; columns ' || COALESCE((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '
                                   || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                                   || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) || ')'
                                           WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                                           ELSE '' END
                                   || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY'
                                                         WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END, ', ' ORDER BY a.attnum)
                                  FROM pg_catalog.pg_attribute a
                                  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                                 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped), '(none)')
           || COALESCE('; constraints ' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(k.conname) || ' '
                                                                         || pg_catalog.pg_get_constraintdef(k.oid), ', ' ORDER BY k.conname)
                                              FROM pg_catalog.pg_constraint k WHERE k.conrelid = r.oid AND k.contype <> 'n'), '')
           || COALESCE('; indexes ' || (SELECT pg_catalog.string_agg(d.def, ', ' ORDER BY d.def)
                                          FROM (SELECT pg_catalog.pg_get_indexdef(x.indexrelid) AS def FROM pg_catalog.pg_index x
                                                 WHERE x.indrelid = r.oid
                                                   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                                                                    WHERE k.conrelid = r.oid AND k.conindid = x.indexrelid)) d), '')
      FROM rel r
     WHERE NOT r.relispartition AND r.relkind IN ('r', 'p') AND NOT r.managed
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits p WHERE p.inhrelid = r.oid)
    ${end}
    ${kind:inheritance}
    UNION ALL
    -- a managed table's partition key is modelled, and so is a modelled partition's (TableOptions);
    -- that of a partition noted above is not
    SELECT 'partitioning', r.nspname, r.relname, 'PARTITION BY ' || pg_catalog.pg_get_partkeydef(r.oid)
      FROM rel r WHERE r.relkind = 'p' AND r.relispartition
       AND NOT (r.modelled_partition AND EXISTS (SELECT 1 FROM rel root WHERE root.oid = pg_catalog.pg_partition_root(r.oid)
                                                                            AND root.managed))
    ${end}
    UNION ALL
    -- the triggers of managed tables and views are modelled (triggers.sql); those of any other
    -- relation (an inheritance child, a partition's own) are said here. A partition's clone of its
    -- table's trigger (tgparentid <> 0) is the table's trigger, said or modelled there.
    SELECT 'trigger', r.nspname, r.relname || '.' || t.tgname, pg_catalog.pg_get_triggerdef(t.oid)
      FROM rel r JOIN pg_catalog.pg_trigger t ON t.tgrelid = r.oid
     WHERE NOT t.tgisinternal AND NOT r.managed AND r.relkind <> 'v' AND t.tgparentid = 0
    ${kind:policy}
    UNION ALL
    -- the policies of managed tables are modelled (policies.sql); those of any other relation are said here
    SELECT 'policy', r.nspname, r.relname || '.' || p.polname, NULL
      FROM rel r JOIN pg_catalog.pg_policy p ON p.polrelid = r.oid
     WHERE NOT r.managed
    ${end}
    ${kind:rule}
    UNION ALL
    SELECT 'rule', r.nspname, r.relname || '.' || w.rulename, NULL
      FROM rel r JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.oid
     WHERE w.rulename <> '_RETURN'
    ${end}
    UNION ALL
    -- a managed schema's comment is not modelled (the plan creates a schema, not its comment): said
    -- here, never silently lost; but for the one every database's public schema has from initdb
    SELECT 'schema comment', n.nspname, n.nspname, ds.description
      FROM pg_catalog.pg_namespace n
      JOIN pg_catalog.pg_description ds
        ON ds.objoid = n.oid AND ds.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND ds.objsubid = 0
     WHERE n.nspname = ANY (?::text[])
       AND NOT (n.nspname = 'public' AND ds.description = 'standard public schema')
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
    -- on a managed table it is modelled. A partition's copy of its table's (conparentid) is the
    -- table's, said or modelled there, unless it differs: a partition attached with a key of its
    -- own keeps that key's deferrability
    SELECT 'constraint option', r.nspname, r.relname || '.' || k.conname,
           CASE WHEN k.condeferred THEN 'DEFERRABLE INITIALLY DEFERRED' WHEN k.condeferrable THEN 'DEFERRABLE'
                ELSE 'NOT DEFERRABLE' END
           || CASE WHEN pk.oid IS NULL THEN ''
                   ELSE ' where its table''s ' || pk.conname || ' is '
                        || CASE WHEN pk.condeferred THEN 'DEFERRABLE INITIALLY DEFERRED' WHEN pk.condeferrable THEN 'DEFERRABLE'
                                ELSE 'NOT DEFERRABLE' END END
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
      LEFT JOIN pg_catalog.pg_constraint pk ON pk.oid = k.conparentid
     WHERE k.contype IN ('p', 'u') AND NOT r.managed
       AND (k.conparentid = 0 AND k.condeferrable
            OR k.conparentid <> 0 AND (k.condeferrable, k.condeferred) IS DISTINCT FROM (pk.condeferrable, pk.condeferred))
    UNION ALL
    -- a temporal key (18): managed as a plain key, so its WITHOUT OVERLAPS or PERIOD is said here
    SELECT 'constraint option', r.nspname, r.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid)
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE k.contype IN ('p', 'u', 'f') AND ${conperiod} AND k.conparentid = 0
    ${kind:security label}
    UNION ALL
    -- security labels (SECURITY LABEL FOR provider ON …, an anonymiser's masking rules, sepgsql's
    -- contexts): dibs neither compares nor writes them. Of the objects in the compared schemas, and
    -- of those schemas.
    SELECT 'security label', COALESCE(o.schema, ns.nspname::text),
           CASE WHEN o.schema IS NULL THEN ns.nspname::text
                ELSE pg_catalog.substr(o.identity, pg_catalog.length(pg_catalog.quote_ident(o.schema)) + 2) END,
           l.provider || ' on ' || o.type || ': ' || l.label
      FROM pg_catalog.pg_seclabel l
     CROSS JOIN LATERAL pg_catalog.pg_identify_object(l.classoid, l.objoid, l.objsubid) o
      LEFT JOIN pg_catalog.pg_namespace ns ON l.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND ns.oid = l.objoid
     WHERE COALESCE(o.schema, ns.nspname::text) = ANY (?::text[])
    ${end}
    UNION ALL
    -- a NOT NULL constraint that is NOT VALID (18): it refuses NULLs in new rows, old ones may hold
    -- them; the column reads as nullable (columns.sql), so the constraint is said here
    SELECT 'not-null constraint', r.nspname, r.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid)
      FROM rel r JOIN pg_catalog.pg_constraint k ON k.conrelid = r.oid
     WHERE k.contype = 'n' AND NOT k.convalidated
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
                       AND (r.relacl IS NOT NULL OR EXISTS (SELECT 1 FROM col WHERE col.relid = r.oid AND col.granted))
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
    -- a managed table's column collation is modelled (columns.sql), a partition's is its table's, when
    -- of pg_catalog or made by CREATE COLLATION in a managed schema; another (of a schema not compared,
    -- of an extension) stays a note
    SELECT 'column collation', c.nspname, c.relname || '.' || c.attname,
           'COLLATE ' || CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text ELSE cn.nspname || '.' || co.collname END
      FROM col c
      JOIN pg_catalog.pg_collation co ON co.oid = c.attcollation
      JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
     WHERE c.relkind IN ('r', 'p') AND c.attcollation <> 0 AND c.attcollation <> c.typcollation
       AND NOT (c.modelled AND (cn.nspname = 'pg_catalog' OR cn.nspname = ANY (?::text[])
                                AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                                                                    AND ext.objid = co.oid)))
    UNION ALL
    -- a column's SET STORAGE and SET COMPRESSION are not modelled: a table dibs creates has its
    -- types' defaults, so these are said here, never silently lost; nor SET STATISTICS outside the
    -- managed tables (see col)
    SELECT 'column option', c.nspname, c.relname || '.' || c.attname,
           pg_catalog.concat_ws(', ',
               CASE WHEN c.attstorage <> c.typstorage THEN 'SET STORAGE ' || CASE c.attstorage WHEN 'p' THEN 'PLAIN'
                    WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END,
               CASE c.attcompression WHEN 'p' THEN 'SET COMPRESSION pglz' WHEN 'l' THEN 'SET COMPRESSION lz4' END,
               c.statistics_note,
               'SET (' || pg_catalog.array_to_string(c.attoptions, ', ') || ')')
      FROM col c
     WHERE c.relkind IN ('r', 'p')
       AND (c.attstorage <> c.typstorage OR c.attcompression IN ('p', 'l') OR c.statistics_note IS NOT NULL
            OR c.attoptions IS NOT NULL)
    UNION ALL
    -- what a table, materialized view or sequence has that dibs writes no clause for: its replica
    -- identity (logical replication), table access method, CLUSTER ON index, an unlogged sequence
    SELECT CASE WHEN r.relkind = 'S' THEN 'sequence option' ELSE 'table option' END, r.nspname, r.relname,
           pg_catalog.concat_ws(', ',
               CASE WHEN r.relkind IN ('r', 'p') THEN CASE r.relreplident WHEN 'f' THEN 'REPLICA IDENTITY FULL' WHEN 'n' THEN 'REPLICA IDENTITY NOTHING'
                    WHEN 'i' THEN 'REPLICA IDENTITY USING INDEX ' || COALESCE((SELECT pg_catalog.quote_ident(i.relname)
                        FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                       WHERE x.indrelid = r.oid AND x.indisreplident), '?') END END,
               CASE WHEN am.amname IS NOT NULL AND am.amname <> 'heap' THEN 'USING ' || pg_catalog.quote_ident(am.amname) END,
               (SELECT 'CLUSTER ON ' || pg_catalog.quote_ident(i.relname)
                  FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                 WHERE x.indrelid = r.oid AND x.indisclustered),
               CASE WHEN r.relkind = 'S' AND r.relpersistence = 'u' THEN 'UNLOGGED' END,
               -- a typed table (CREATE TABLE … OF type): dibs writes a table's own columns
               CASE WHEN r.reloftype <> 0 THEN 'OF ' || r.reloftype::pg_catalog.regtype::text END)
      FROM rel r
      -- a partitioned table has an access method of its own from 17 on (relam 0 when none is set)
      LEFT JOIN pg_catalog.pg_am am ON am.oid = r.relam AND r.relkind IN ('r', 'm', 'p')
     WHERE r.relkind IN ('r', 'p', 'm', 'S')
       AND (r.relreplident IN ('f', 'n', 'i') AND r.relkind IN ('r', 'p')
            OR r.reloftype <> 0
            OR am.amname IS NOT NULL AND am.amname <> 'heap'
            -- (not the sequence of an identity or serial column of an unlogged table: it is unlogged with its table)
            OR r.relkind = 'S' AND r.relpersistence = 'u'
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
                                WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                                  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
                                  AND t.relpersistence = 'u')
            OR r.relkind IN ('r', 'm') AND EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = r.oid AND x.indisclustered))
    UNION ALL
    -- a view's column default (what an INSERT through the view gets) and a materialized view's or an
    -- index's column statistics target: not modelled
    SELECT 'view column default', r.nspname, r.relname || '.' || a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
      FROM rel r
      JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = r.oid
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum = ad.adnum
     WHERE r.relkind = 'v'
    UNION ALL
    SELECT 'column option', r.nspname, r.relname || '.' || a.attname, 'SET STATISTICS ' || a.attstattarget
      FROM rel r
      JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE r.relkind = 'm' AND NULLIF(a.attstattarget::integer, -1) IS NOT NULL
    UNION ALL
    SELECT 'index statistics', r.nspname, i.relname, 'column ' || a.attnum || ' SET STATISTICS ' || a.attstattarget
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.oid AND a.attnum > 0
     WHERE NULLIF(a.attstattarget::integer, -1) IS NOT NULL
    UNION ALL
    -- a table or index in another tablespace than the database's: dibs writes no TABLESPACE clause
    SELECT 'tablespace', r.nspname, r.relname, 'in tablespace ' || ts.spcname::text
      FROM rel r JOIN pg_catalog.pg_tablespace ts ON ts.oid = r.reltablespace
     WHERE r.relkind IN ('r', 'p', 'm')
    UNION ALL
    SELECT 'tablespace', r.nspname, i.relname, 'in tablespace ' || ts.spcname::text
      FROM pg_catalog.pg_class i
      JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace
      JOIN pg_catalog.pg_index x ON x.indexrelid = i.oid
      JOIN rel r ON r.oid = x.indrelid
     WHERE i.relkind IN ('i', 'I') AND i.reltablespace <> 0
    UNION ALL
    -- any INVALID index, and why (invalid, above); and the options of the indexes of tables
    -- dibs does not manage (an inheritance child's). On a managed table every other option is
    -- modelled (with the index, or with its key or exclusion constraint) and checked by the
    -- fidelity guard. A partition's index attached to its table's (pi) has that index's operator
    -- families, collations and NULLS NOT DISTINCT (PostgreSQL attaches only such an index; an
    -- operator class of the same family behaves alike): only storage parameters of its own are
    -- said, compared in any order (PostgreSQL attaches an index whatever its storage parameters).
    SELECT 'index option', r.nspname, i.relname, inv.said
      FROM rel r
      JOIN pg_catalog.pg_index x ON x.indrelid = r.oid
      JOIN invalid inv ON inv.oid = x.indexrelid
      JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     WHERE r.managed
    UNION ALL
    SELECT 'index option', r.nspname, i.relname,
           pg_catalog.concat_ws(', ',
               CASE WHEN ${indnullsnotdistinct} AND pi.oid IS NULL THEN 'NULLS NOT DISTINCT' END,
               CASE WHEN x.indclass::pg_catalog.oid[] OPERATOR(pg_catalog.&&) o.nondefault AND pi.oid IS NULL THEN 'operator class' END,
               CASE WHEN x.collated AND pi.oid IS NULL THEN 'collation' END,
               (SELECT inv.said FROM invalid inv WHERE inv.oid = x.indexrelid),
               CASE WHEN pi.oid IS NULL AND i.reloptions IS NOT NULL
                    THEN 'WITH (' || pg_catalog.array_to_string(i.reloptions, ', ') || ')'
                    WHEN pi.oid IS NOT NULL AND ro.own IS DISTINCT FROM ro.parent
                    THEN 'WITH (' || COALESCE(pg_catalog.array_to_string(i.reloptions, ', '), '') || ') where its table''s index '
                         || pg_catalog.quote_ident(pi.relname) || ' has WITH ('
                         || COALESCE(pg_catalog.array_to_string(pi.reloptions, ', '), '') || ')' END)
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
      LEFT JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.oid
      LEFT JOIN pg_catalog.pg_class pi ON pi.oid = h.inhparent
      CROSS JOIN LATERAL (SELECT (SELECT pg_catalog.array_agg(v ORDER BY v) FROM pg_catalog.unnest(i.reloptions) AS v) AS own,
                                 (SELECT pg_catalog.array_agg(v ORDER BY v) FROM pg_catalog.unnest(pi.reloptions) AS v) AS parent) ro
      CROSS JOIN (SELECT ARRAY(SELECT oc.oid FROM pg_catalog.pg_opclass oc WHERE NOT oc.opcdefault) AS nondefault) o
     WHERE r.relkind IN ('r', 'p') AND NOT r.managed
       AND (NOT x.indisvalid
            OR pi.oid IS NULL AND (${indnullsnotdistinct} OR i.reloptions IS NOT NULL OR x.collated
                                   OR x.indclass::pg_catalog.oid[] OPERATOR(pg_catalog.&&) o.nondefault)
            OR pi.oid IS NOT NULL AND ro.own IS DISTINCT FROM ro.parent)
    ${kind:type}
    UNION ALL
    -- domains are managed (domains.sql); a shell type is a name alone, left by CREATE TYPE name;
    SELECT CASE t.typtype WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type' WHEN 'p' THEN 'shell type' ELSE 'base type' END,
           n.nspname, t.typname, CASE WHEN t.typtype = 'p' THEN 'CREATE TYPE ' || pg_catalog.quote_ident(t.typname) || '; (a name alone, never defined)' END
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ANY (?::text[]) AND (t.typtype IN ('r', 'm', 'b') OR t.typtype = 'p' AND NOT t.typisdefined)
       AND NOT (t.typtype = 'b' AND t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.oid = t.typelem AND e.typarray = t.oid))
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND ext.objid = t.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = t.oid AND d.deptype = 'i')
    ${end}
    ${kind:aggregate}
    UNION ALL
    -- functions and procedures are managed (routines.sql); aggregates and window functions are not
    SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END,
           n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY (?::text[]) AND p.prokind IN ('a', 'w')
       AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND ext.objid = p.oid)
    ${end}
) notes
LEFT JOIN defs ON defs.kind = notes.kind AND defs.schema_name = notes.schema_name AND defs.object_name = notes.object_name
UNION ALL
SELECT kind, schema_name, object_name, detail FROM others
ORDER BY 1, 2, 3
