-- The kinds dibs does not model that the database has at all, each probed with the conditions of
-- unmanaged.sql's parts of that kind (the same catalog, and the same or fewer of their schemas, oid
-- range and extension-member filters: a kind is never missed). unmanaged.sql is then sent with only
-- those kinds' parts (inspect/CatalogSql.forKinds): a database without casts, operators, text
-- search objects, foreign data or publications (most of them) spares every inspection the parsing
-- and planning of a dozen catalogs it never uses. Sent right before unmanaged.sql, on the same
-- connection and in the same snapshot.
SELECT ARRAY(SELECT k.kind FROM (VALUES
    ('cast', EXISTS (SELECT FROM pg_catalog.pg_cast c
          WHERE c.oid >= 16384
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND x.objid = c.oid
                              -- nor a multirange type's own, which come and go with its range type
                              AND x.deptype IN ('e', 'i')))),
    ('operator', EXISTS (SELECT FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
          WHERE n.nspname = ANY (?::text[]) AND o.oprcode = 0
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND x.objid = o.oid AND x.deptype = 'e'))),
    ('operator class', EXISTS (SELECT FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e'))),
    ('operator family', EXISTS (SELECT FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND x.objid = f.oid AND x.deptype = 'e'))),
    ('text search configuration', EXISTS (SELECT FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e'))),
    ('text search dictionary', EXISTS (SELECT FROM pg_catalog.pg_ts_dict t JOIN pg_catalog.pg_namespace n ON n.oid = t.dictnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e'))),
    ('text search parser', EXISTS (SELECT FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e'))),
    ('text search template', EXISTS (SELECT FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e'))),
    ('conversion', EXISTS (SELECT FROM pg_catalog.pg_conversion v JOIN pg_catalog.pg_namespace n ON n.oid = v.connamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND x.objid = v.oid AND x.deptype = 'e'))),
    ('statistics object', EXISTS (SELECT FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
          WHERE n.nspname = ANY (?::text[])
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND x.objid = s.oid AND x.deptype = 'e'))),
    ('transform', EXISTS (SELECT FROM pg_catalog.pg_transform t
          WHERE t.oid >= 16384
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_transform'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e'))),
    ('event trigger', EXISTS (SELECT FROM pg_catalog.pg_event_trigger e
          WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                          WHERE x.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND x.objid = e.oid AND x.deptype = 'e'))),
    ('publication', EXISTS (SELECT FROM pg_catalog.pg_publication p
          WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                          WHERE x.classid = 'pg_catalog.pg_publication'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e'))),
    ('subscription', EXISTS (SELECT FROM pg_catalog.pg_subscription s
          WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()))),
    ('foreign data wrapper', EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper w
          WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                          WHERE x.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass AND x.objid = w.oid AND x.deptype = 'e'))),
    -- a user mapping is of a server, and its part has no extension filter: any server, an
    -- extension's too, stands for both parts
    ('foreign server', EXISTS (SELECT FROM pg_catalog.pg_foreign_server)),
    ('access method', EXISTS (SELECT FROM pg_catalog.pg_am a
          WHERE a.oid >= 16384
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_am'::pg_catalog.regclass AND x.objid = a.oid AND x.deptype = 'e'))),
    ('language', EXISTS (SELECT FROM pg_catalog.pg_language l
          WHERE l.oid >= 16384
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_language'::pg_catalog.regclass AND x.objid = l.oid AND x.deptype = 'e'))),
    -- aggregates and window functions
    ('aggregate', EXISTS (SELECT FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = ANY (?::text[]) AND p.prokind IN ('a', 'w')
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e'))),
    -- range, multirange and base types, but the array type of another (every table has one), and
    -- shell types (CREATE TYPE name; alone: the only pseudo-types outside pg_catalog)
    ('type', EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = ANY (?::text[]) AND (t.typtype IN ('r', 'm', 'b') OR t.typtype = 'p' AND NOT t.typisdefined)
            AND NOT (t.typtype = 'b' AND t.typelem <> 0
                     AND EXISTS (SELECT FROM pg_catalog.pg_type e WHERE e.oid = t.typelem AND e.typarray = t.oid))
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                            WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e'))),
    ('policy', EXISTS (SELECT FROM pg_catalog.pg_policy)),
    ('rule', EXISTS (SELECT FROM pg_catalog.pg_rewrite w JOIN pg_catalog.pg_class c ON c.oid = w.ev_class
                       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = ANY (?::text[]) AND w.rulename <> '_RETURN')),
    -- partitions and inheritance children
    ('inheritance', EXISTS (SELECT FROM pg_catalog.pg_inherits)),
    ('security label', EXISTS (SELECT FROM pg_catalog.pg_seclabel))
) AS k(kind, present) WHERE k.present) AS unmodelled_kinds
