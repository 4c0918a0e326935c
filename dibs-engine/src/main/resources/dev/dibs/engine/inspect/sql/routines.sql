-- The functions and procedures dibs manages in the requested schemas: not members of an extension,
-- not named __dibs_*; aggregates and window functions stay notes (unmanaged.sql). Everything is as
-- PostgreSQL prints it under the inspection's search_path (pg_catalog), so user names come qualified.
-- depends_on: what must exist before the routine, from pg_depend (a row type or table, a user type,
-- arrays as their element, another routine its SQL-standard body calls, an operator or column it uses), in
-- Routine.dependsOn's words.
SELECT n.nspname::text AS schema_name,
       p.proname::text AS routine_name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       -- the input argument types alone, what PostgreSQL keeps unique per name (Routine.overload)
       pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
       p.prokind = 'p' AS procedure,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       l.lanname::text AS language,
       -- prosqlbody (14 and later) holds a SQL-standard body (BEGIN ATOMIC … END, RETURN …)
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_catalog.pg_get_function_sqlbody(p.oid) ELSE p.prosrc END AS body,
       CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proleakproof AS leakproof,
       CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END AS parallel,
       p.procost::float8 AS cost,
       p.prorows::float8 AS rows,
       COALESCE(p.proconfig, '{}'::text[]) AS config,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       ARRAY(SELECT DISTINCT x.what FROM (
                SELECT CASE WHEN c.oid IS NOT NULL THEN 'table ' || cn.nspname || '.' || c.relname
                            ELSE 'type ' || tn.nspname || '.' || t.typname END AS what
                  FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_type a ON a.oid = d.refobjid
                  -- an array stands for its element type
                  JOIN pg_catalog.pg_type t
                    ON t.oid = CASE WHEN a.typelem <> 0 AND a.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc
                                    THEN a.typelem ELSE a.oid END
                  JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                  LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
                  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
                 WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n'
                   AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                   AND tn.nspname NOT IN ('pg_catalog', 'information_schema')
                UNION ALL
                SELECT 'table ' || cn.nspname || '.' || c.relname
                  FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
                  JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
                 WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n'
                   AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                   AND cn.nspname NOT IN ('pg_catalog', 'information_schema')
                UNION ALL
                -- a column its SQL-standard body reads: PostgreSQL drops and retypes none while the body is there
                SELECT 'column ' || cn.nspname || '.' || c.relname || '.' || a.attname
                  FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
                  JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
                 WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n'
                   AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
                   AND cn.nspname NOT IN ('pg_catalog', 'information_schema')
                UNION ALL
                SELECT 'routine ' || rn.nspname || '.' || r.proname || '(' || pg_catalog.pg_get_function_identity_arguments(r.oid) || ')'
                  FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_proc r ON r.oid = d.refobjid
                  JOIN pg_catalog.pg_namespace rn ON rn.oid = r.pronamespace
                 WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n'
                   AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND r.oid <> p.oid
                   AND rn.nspname NOT IN ('pg_catalog', 'information_schema')
                UNION ALL
                -- an operator its SQL-standard body uses, as Operator.signature() writes it
                SELECT 'operator ' || opn.nspname || '.' || op.oprname || '('
                       || COALESCE(pg_catalog.format_type(NULLIF(op.oprleft, 0), NULL), 'NONE') || ', '
                       || pg_catalog.format_type(op.oprright, NULL) || ')'
                  FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_operator op ON op.oid = d.refobjid
                  JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
                 WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n'
                   AND d.refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                   AND opn.nspname NOT IN ('pg_catalog', 'information_schema')) x
             ORDER BY 1) AS depends_on
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 WHERE n.nspname = ANY (?::text[])
   AND p.prokind IN ('f', 'p')
   AND p.proname NOT LIKE '\_\_dibs\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
 ORDER BY 1, 2, 3
