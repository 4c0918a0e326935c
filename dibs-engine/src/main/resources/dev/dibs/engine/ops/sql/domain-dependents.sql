-- What PostgreSQL will not let a plan drop, because objects dibs does not manage use it: for each
-- domain the plan drops (or drops to create it again), given as parallel arrays of schema and name,
-- the objects that depend on it, as PostgreSQL describes them. Left out: columns of the tables dibs
-- manages in the compared schemas (third parameter) and of their partitions, and the domains (fourth)
-- and routines (fifth) there, which the plan itself drops or moves first.
WITH target AS (
    SELECT t.schema_name, t.domain_name, ty.oid
      FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[])) AS t(schema_name, domain_name)
      JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
      JOIN pg_catalog.pg_type ty ON ty.typnamespace = n.oid AND ty.typname = t.domain_name AND ty.typtype = 'd'
)
SELECT DISTINCT t.schema_name, t.domain_name,
       -- a view's query is its _RETURN rule: named as the view
       CASE WHEN w.rulename = '_RETURN' THEN pg_catalog.pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass, w.ev_class, 0)
            ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END AS dependent
  FROM target t
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.refobjid = t.oid AND d.deptype = 'n'
  LEFT JOIN pg_catalog.pg_rewrite w ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND w.oid = d.objid
 WHERE NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND EXISTS (
            SELECT 1 FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
             WHERE c.oid = d.objid AND cn.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p')
               -- an inheritance child of managed tables is managed (as managed-tables.sql)
               AND (c.relispartition OR ${managed_child:c})))
   AND NOT (d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND EXISTS (
            SELECT 1 FROM pg_catalog.pg_type o
              JOIN pg_catalog.pg_namespace onsp ON onsp.oid = o.typnamespace
             WHERE o.oid = d.objid AND o.typtype = 'd' AND onsp.nspname = ANY (?::text[])))
   -- the functions and procedures there (not an extension's): the plan drops them first and creates them again after
   AND NOT (d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND EXISTS (
            SELECT 1 FROM pg_catalog.pg_proc p
              JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
             WHERE p.oid = d.objid AND pn.nspname = ANY (?::text[])
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                                WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND e.objid = p.oid AND e.deptype = 'e')))
 ORDER BY 1, 2, 3
