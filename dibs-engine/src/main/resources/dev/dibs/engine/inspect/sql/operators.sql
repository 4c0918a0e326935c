-- The operators of the managed schemas, one a row, known by schema, symbol and operand types
-- (format_type, as a routine's arguments print; left_type NULL for a prefix operator); the
-- function, commutator, negator and estimators by schema and name. A shell (an operator only named
-- as another's commutator or negator, never created: no function) and an extension's members stay
-- notes (unmanaged.sql).
SELECT n.nspname::text AS schema_name,
       o.oprname::text AS operator_name,
       pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL) AS left_type,
       pg_catalog.format_type(o.oprright, NULL) AS right_type,
       fn.nspname::text AS function_schema, f.proname::text AS function_name,
       cn.nspname::text AS commutator_schema, c.oprname::text AS commutator_name,
       gn.nspname::text AS negator_schema, g.oprname::text AS negator_name,
       rn.nspname::text AS restrict_schema, r.proname::text AS restrict_name,
       jn.nspname::text AS join_schema, j.proname::text AS join_name,
       o.oprcanhash AS hashes, o.oprcanmerge AS merges,
       pg_catalog.obj_description(o.oid, 'pg_operator') AS comment
  FROM pg_catalog.pg_operator o
  JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
  JOIN pg_catalog.pg_proc f ON f.oid = o.oprcode
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  LEFT JOIN pg_catalog.pg_operator c ON c.oid = o.oprcom
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace
  LEFT JOIN pg_catalog.pg_operator g ON g.oid = o.oprnegate
  LEFT JOIN pg_catalog.pg_namespace gn ON gn.oid = g.oprnamespace
  LEFT JOIN pg_catalog.pg_proc r ON r.oid = o.oprrest
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = r.pronamespace
  LEFT JOIN pg_catalog.pg_proc j ON j.oid = o.oprjoin
  LEFT JOIN pg_catalog.pg_namespace jn ON jn.oid = j.pronamespace
 WHERE n.nspname = ANY (?::text[])
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                      AND d.objid = o.oid AND d.deptype = 'e')
 ORDER BY 1, 2, 3, 4
