-- Functions and procedures outside the compared schemas whose body PostgreSQL keeps as a string
-- (PL/pgSQL, or SQL between quotes: no SQL-standard body) and whose text holds one of the given
-- words, for the warning that a body names what the plan drops or renames (StringBodies). The first
-- parameter holds the compared schemas, the second the names looked for (lower case; a body is
-- compared in lower case too, so a quoted mixed-case name is a candidate and the tokens decide).
-- System schemas and extension members are left out: neither is the user's to change.
SELECT n.nspname AS schema_name, p.proname AS routine_name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       p.prokind = 'p' AS is_procedure, l.lanname AS language, p.prosrc AS body,
       -- its SET options: a search_path there says where its unqualified names are
       p.proconfig AS config
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 CROSS JOIN LATERAL (SELECT pg_catalog.lower(p.prosrc) AS text) AS lowered
 WHERE p.prokind IN ('f', 'p')
   AND l.lanname IN ('plpgsql', 'sql')
   AND p.prosqlbody IS NULL
   AND n.nspname <> ALL (?::text[])
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND e.objid = p.oid AND e.deptype = 'e')
   AND EXISTS (SELECT 1 FROM pg_catalog.unnest(?::text[]) AS w(word)
                WHERE pg_catalog.strpos(lowered.text, w.word) > 0)
 ORDER BY 1, 2, 3
