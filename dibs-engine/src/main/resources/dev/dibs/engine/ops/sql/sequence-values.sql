-- The value each sequence a plan alters has reached on the target: what PostgreSQL holds a new
-- MINVALUE, MAXVALUE or type against when ALTER SEQUENCE runs without RESTART. Given as parallel
-- arrays: a sequence's schema and name, or (table and column not null) the schema, table and column
-- of an identity column, whose sequence is found through the column (pg_depend's 'i'), whatever
-- its name; each row returns the sequence's own schema and name, and the position of its entry.
-- pg_sequence_last_value (what pg_sequences.last_value shows) is null until nextval is first
-- called: then the value is the start. Reading it needs SELECT or USAGE on the sequence; without,
-- "readable" is false and the value is null (the function is not called). A name may also be
-- another kind of relation's ("kind": pg_class.relkind), which holds the name a new sequence needs:
-- no value then.
SELECT t.n AS entry, sn.nspname AS schema_name, c.relname AS sequence_name, c.relkind::text AS kind,
       CASE WHEN c.relkind = 'S' THEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') ELSE false END AS readable,
       CASE WHEN c.relkind <> 'S' THEN NULL
            WHEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
            THEN COALESCE(pg_catalog.pg_sequence_last_value(c.oid::pg_catalog.regclass), s.seqstart) END AS current_value
  FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]),
                  pg_catalog.unnest(?::text[])) WITH ORDINALITY AS t(schema_name, sequence_name, table_name, column_name, n)
  JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
  JOIN pg_catalog.pg_class c ON c.oid = CASE
       WHEN t.table_name IS NULL THEN
            (SELECT q.oid FROM pg_catalog.pg_class q WHERE q.relnamespace = n.oid AND q.relname = t.sequence_name)
       ELSE (SELECT d.objid
               FROM pg_catalog.pg_class r
               JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attname = t.column_name AND NOT a.attisdropped
               JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = r.oid
                    AND d.refobjsubid = a.attnum AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'i'
              WHERE r.relnamespace = n.oid AND r.relname = t.table_name
              LIMIT 1) END
  JOIN pg_catalog.pg_namespace sn ON sn.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
 ORDER BY t.n
