-- What uses the operators a plan drops, on the target (pg_depend, deptype 'n'): one row a
-- dependent, with the relation it belongs to, so that dibs can tell what the plan drops before the
-- operator from what blocks it. The four parameters are parallel arrays, one element per operator:
-- schema, symbol, left type (NULL for a prefix operator) and right type, the types in the model's
-- words (qualified where not pg_catalog's), resolved here with to_regtype. kind is NULL for what
-- dibs does not manage here (an operator class, another operator's estimator…); a default is a
-- column's default or generation expression; a domain's check or default is kind domain, owned by
-- the domain; a function's or procedure's SQL-standard body is kind routine, owned by its name, its
-- object_name the identity arguments (an aggregate, which dibs does not manage, has no kind).
SELECT t.ord,
       pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS dependent,
       CASE WHEN ix.indexrelid IS NOT NULL THEN 'index'
            WHEN k.oid IS NOT NULL AND k.conrelid <> 0 THEN 'constraint'
            WHEN w.oid IS NOT NULL THEN 'view'
            WHEN pol.oid IS NOT NULL THEN 'policy'
            WHEN tg.oid IS NOT NULL THEN 'trigger'
            WHEN ad.oid IS NOT NULL THEN 'default'
            WHEN k.oid IS NOT NULL AND k.contypid <> 0 OR dt.oid IS NOT NULL THEN 'domain'
            WHEN pr.oid IS NOT NULL AND pr.prokind IN ('f', 'p') THEN 'routine'
       END AS kind,
       COALESCE(ocn.nspname, dtn.nspname, prn.nspname)::text AS owner_schema,
       COALESCE(oc.relname, dt.typname, pr.proname)::text AS owner_name,
       COALESCE(ixc.relname, k.conname, pol.polname, tg.tgname, at.attname,
                CASE WHEN pr.oid IS NOT NULL THEN pg_catalog.pg_get_function_identity_arguments(pr.oid) END)::text AS object_name
  FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]),
                  pg_catalog.unnest(?::text[])) WITH ORDINALITY AS t(schema_name, operator_name, left_type, right_type, ord)
  JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
  JOIN pg_catalog.pg_operator o ON o.oprnamespace = n.oid AND o.oprname = t.operator_name
                               AND (t.left_type IS NULL AND o.oprleft = 0 OR o.oprleft = pg_catalog.to_regtype(t.left_type))
                               AND o.oprright = pg_catalog.to_regtype(t.right_type)
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.refobjid = o.oid AND d.deptype = 'n'
  LEFT JOIN pg_catalog.pg_index ix ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ix.indexrelid = d.objid
  LEFT JOIN pg_catalog.pg_class ixc ON ixc.oid = ix.indexrelid
  LEFT JOIN pg_catalog.pg_constraint k ON d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = d.objid
  LEFT JOIN pg_catalog.pg_rewrite w
    ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND w.oid = d.objid AND w.rulename = '_RETURN'
  LEFT JOIN pg_catalog.pg_policy pol ON d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND pol.oid = d.objid
  LEFT JOIN pg_catalog.pg_trigger tg ON d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = d.objid
  LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid
  LEFT JOIN pg_catalog.pg_attribute at ON at.attrelid = ad.adrelid AND at.attnum = ad.adnum
  LEFT JOIN pg_catalog.pg_class oc
    ON oc.oid = COALESCE(ix.indrelid, NULLIF(k.conrelid, 0), w.ev_class, pol.polrelid, tg.tgrelid, ad.adrelid)
  LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.relnamespace
  -- a domain: its check (pg_constraint.contypid) or its default (the type itself)
  LEFT JOIN pg_catalog.pg_type dt
    ON dt.typtype = 'd' AND dt.oid = CASE WHEN d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN d.objid ELSE k.contypid END
  LEFT JOIN pg_catalog.pg_namespace dtn ON dtn.oid = dt.typnamespace
  LEFT JOIN pg_catalog.pg_proc pr ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND pr.oid = d.objid
  LEFT JOIN pg_catalog.pg_namespace prn ON prn.oid = pr.pronamespace
 ORDER BY 1, 2
