-- The collations CREATE COLLATION made in the managed schemas (an extension's members stay notes:
-- unmanaged.sql), in pg_collation's words: the provider, the locale of an ICU or builtin one (on 14
-- an ICU locale is in collcollate), LC_COLLATE and LC_CTYPE of a libc one, whether it is
-- deterministic, ICU tailoring rules (16 on). collversion is left out: it is the provider library's
-- version when the collation was made, not part of what was asked for.
SELECT n.nspname::text AS schema_name,
       c.collname::text AS collation_name,
       CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END AS provider,
       CASE WHEN c.collprovider <> 'c' THEN COALESCE(${colllocale}, c.collcollate::text) END AS locale,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate::text END AS lc_collate,
       CASE WHEN c.collprovider = 'c' THEN c.collctype::text END AS lc_ctype,
       c.collisdeterministic AS deterministic,
       ${collicurules} AS rules,
       pg_catalog.obj_description(c.oid, 'pg_collation') AS comment
  FROM pg_catalog.pg_collation c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
 WHERE n.nspname = ANY (?::text[])
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 1, 2
