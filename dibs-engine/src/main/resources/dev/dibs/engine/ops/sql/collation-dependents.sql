-- What uses the collations a plan drops, on the target (pg_depend, deptype 'n'): one row a dependent,
-- with the schema of what it belongs to, so that dibs can tell what its plan takes care of from what
-- blocks the drop. The first parameter holds the compared schemas; the two after it are parallel
-- arrays, one element per collation: schema and name. kind is NULL for what dibs does not manage
-- here: a column of an inheritance child of a table dibs does not manage (as managed-tables.sql says;
-- a partition's columns are its table's), and anything not listed (a statistics object, a range
-- type…); owner_schema is the schema of the relation, domain or routine it belongs to.
SELECT t.ord,
       pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS dependent,
       CASE WHEN r.oid IS NOT NULL AND r.relkind IN ('r', 'p') AND d.objsubid > 0
                 AND (r.relispartition OR ${managed_child:r})
                 THEN 'column'
            WHEN r.oid IS NOT NULL AND r.relkind IN ('i', 'I') THEN 'index'
            WHEN r.oid IS NOT NULL AND r.relkind IN ('v', 'm') OR w.oid IS NOT NULL THEN 'view'
            WHEN k.oid IS NOT NULL AND k.conrelid <> 0 THEN 'constraint'
            WHEN pol.oid IS NOT NULL THEN 'policy'
            WHEN tg.oid IS NOT NULL THEN 'trigger'
            WHEN ad.oid IS NOT NULL THEN 'default'
            WHEN k.oid IS NOT NULL AND k.contypid <> 0 OR dt.oid IS NOT NULL THEN 'domain'
            WHEN pr.oid IS NOT NULL AND pr.prokind IN ('f', 'p') THEN 'routine'
       END AS kind,
       COALESCE(ocn.nspname, dtn.nspname, prn.nspname)::text AS owner_schema
  FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[])) WITH ORDINALITY AS t(schema_name, collation_name, ord)
  JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
  JOIN pg_catalog.pg_collation co ON co.collnamespace = n.oid AND co.collname = t.collation_name
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.refobjid = co.oid AND d.deptype = 'n'
  LEFT JOIN pg_catalog.pg_class r ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND r.oid = d.objid
  LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = r.oid
  LEFT JOIN pg_catalog.pg_constraint k ON d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = d.objid
  LEFT JOIN pg_catalog.pg_rewrite w ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND w.oid = d.objid
  LEFT JOIN pg_catalog.pg_policy pol ON d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND pol.oid = d.objid
  LEFT JOIN pg_catalog.pg_trigger tg ON d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = d.objid
  LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid
  LEFT JOIN pg_catalog.pg_class oc
    ON oc.oid = COALESCE(ix.indrelid, r.oid, NULLIF(k.conrelid, 0), w.ev_class, pol.polrelid, tg.tgrelid, ad.adrelid)
  LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.relnamespace
  LEFT JOIN pg_catalog.pg_type dt
    ON dt.typtype = 'd' AND dt.oid = CASE WHEN d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN d.objid ELSE k.contypid END
  LEFT JOIN pg_catalog.pg_namespace dtn ON dtn.oid = dt.typnamespace
  LEFT JOIN pg_catalog.pg_proc pr ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND pr.oid = d.objid
  LEFT JOIN pg_catalog.pg_namespace prn ON prn.oid = pr.pronamespace
 ORDER BY 1, 2
