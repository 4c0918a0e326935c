-- What PostgreSQL will not let a plan drop among functions and procedures, because objects dibs does
-- not take care of use them. The first three parameters are parallel arrays, one element per routine
-- the plan drops: schema, name, identity arguments. The fourth holds the compared schemas.
-- Taken care of by the plan (dropped first and added back, or ordered by the simulation): table
-- checks, column defaults, indexes, functions and procedures of the compared schemas, the
-- triggers of managed tables (with the clones a partitioned table's trigger puts on its partitions)
-- and of the views of the compared schemas,
-- the views and materialized views of the compared schemas (the sixth parameter), the policies of
-- their tables (the seventh), the checks and defaults of their domains (the eighth and ninth), and
-- their operators (the tenth: an operator calling a routine the plan drops is dropped before it).
-- Anything else (a view elsewhere, a rule, a trigger of a table dibs does not manage, an operator class, an
-- aggregate, a domain elsewhere, a routine elsewhere) blocks the drop. The fifth parameter is the
-- compared schemas again, and so are the sixth to the tenth.
SELECT t.schema_name, t.routine_name, t.identity_arguments,
       pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS dependent
  FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]))
       AS t(schema_name, routine_name, identity_arguments)
  JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
  JOIN pg_catalog.pg_proc p ON p.pronamespace = n.oid AND p.proname = t.routine_name
                           AND pg_catalog.pg_get_function_identity_arguments(p.oid) = t.identity_arguments
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid = p.oid AND d.deptype = 'n'
 WHERE NOT (d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.oid = d.objid AND k.conrelid <> 0))
   AND d.classid <> 'pg_catalog.pg_attrdef'::pg_catalog.regclass
   AND NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_class i WHERE i.oid = d.objid AND i.relkind IN ('i', 'I')))
   AND NOT (d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_proc o JOIN pg_catalog.pg_namespace o_n ON o_n.oid = o.pronamespace
                         WHERE o.oid = d.objid AND o.prokind IN ('f', 'p') AND o_n.nspname = ANY (?::text[])))
   AND NOT (d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_trigger tg
                          JOIN pg_catalog.pg_class tc ON tc.oid = tg.tgrelid
                          JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
                         WHERE tg.oid = d.objid AND tn.nspname = ANY (?::text[])
                           AND (tc.relkind = 'v'
                                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                                                 WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                   AND e.objid = tc.oid AND e.deptype = 'e')
                                OR tc.relkind IN ('r', 'p')
                                   AND (tg.tgparentid <> 0
                                        OR NOT tc.relispartition
                                           AND ${managed_child:tc}))))
   AND NOT (d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite w
                          JOIN pg_catalog.pg_class v ON v.oid = w.ev_class
                          JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
                         WHERE w.oid = d.objid AND w.rulename = '_RETURN' AND v.relkind IN ('v', 'm')
                           AND vn.nspname = ANY (?::text[])))
   AND NOT (d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_policy pol
                          JOIN pg_catalog.pg_class pc ON pc.oid = pol.polrelid
                          JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                         WHERE pol.oid = d.objid AND pn.nspname = ANY (?::text[])))
   AND NOT (d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                          JOIN pg_catalog.pg_type dt ON dt.oid = k.contypid
                          JOIN pg_catalog.pg_namespace dn ON dn.oid = dt.typnamespace
                         WHERE k.oid = d.objid AND dt.typtype = 'd' AND dn.nspname = ANY (?::text[])))
   AND NOT (d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_type dt
                          JOIN pg_catalog.pg_namespace dn ON dn.oid = dt.typnamespace
                         WHERE dt.oid = d.objid AND dt.typtype = 'd' AND dn.nspname = ANY (?::text[])))
   AND NOT (d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
            AND EXISTS (SELECT 1 FROM pg_catalog.pg_operator op
                          JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
                         WHERE op.oid = d.objid AND opn.nspname = ANY (?::text[])))
 ORDER BY 1, 2, 3, 4
