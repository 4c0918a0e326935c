-- The definitions of the routines with an SQL-standard body (BEGIN ATOMIC … END, RETURN …) in the
-- given schemas, not members of an extension: run once more, each prints as it will on any database
-- the plan creates it in (PostgreSQL's print of a body it parsed from its own print can differ from
-- its print of the body as written: SELECT 'x' prints SELECT 'x'::text, which prints SELECT 'x'::text AS text).
SELECT pg_catalog.pg_get_functiondef(p.oid)
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = ANY (?::text[])
   AND p.prosqlbody IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'e')
 ORDER BY p.oid
