-- The extensions installed in the managed schemas (plpgsql never: it lives in pg_catalog), with
-- what a plan needs to know of them. The comment CREATE EXTENSION sets from the control file reads
-- as none: only a comment someone changed is compared.
SELECT e.extname::text AS extension_name,
       n.nspname::text AS schema_name,
       e.extversion::text AS version,
       e.extrelocatable AS relocatable,
       NULLIF(ds.description, a.comment) AS comment,
       -- its types (not their array types), which columns may use
       ARRAY(SELECT t.typname::text FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_type t ON t.oid = d.objid
              WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                AND d.refobjid = e.oid AND d.deptype = 'e'
                AND NOT (t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_catalog.pg_type x WHERE x.oid = t.typelem AND x.typarray = t.oid))
              ORDER BY 1) AS types,
       -- its operator classes, as pg_get_indexdef prints them (qualified: the inspection's search_path is pg_catalog)
       ARRAY(SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(c.opcname)
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_opclass c ON c.oid = d.objid
               JOIN pg_catalog.pg_namespace cn ON cn.oid = c.opcnamespace
              WHERE d.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                AND d.refobjid = e.oid AND d.deptype = 'e'
              ORDER BY 1) AS operator_classes,
       -- its functions, written as unmanaged.sql names those outside any extension
       ARRAY(SELECT f.proname || '(' || pg_catalog.pg_get_function_identity_arguments(f.oid) || ')'
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_proc f ON f.oid = d.objid
              WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                AND d.refobjid = e.oid AND d.deptype = 'e'
              ORDER BY 1) AS functions,
       -- the default operator classes it brings, as method:type (what an index key without a class needs)
       ARRAY(SELECT am.amname::text || ':' || pg_catalog.format_type(c.opcintype, NULL)
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_opclass c ON c.oid = d.objid AND c.opcdefault
               JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
              WHERE d.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                AND d.refobjid = e.oid AND d.deptype = 'e'
              ORDER BY 1) AS default_classes
  FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
  LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = e.oid AND ds.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND ds.objsubid = 0
 WHERE n.nspname = ANY (?::text[])
   AND e.extname <> 'plpgsql'
 ORDER BY 1
