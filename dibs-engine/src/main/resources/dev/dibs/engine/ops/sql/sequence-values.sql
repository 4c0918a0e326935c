-- The value each sequence a plan alters has reached on the target: what PostgreSQL holds a new
-- MINVALUE, MAXVALUE or type against when ALTER SEQUENCE runs without RESTART. Given as parallel
-- arrays of schema and name. pg_sequence_last_value (what pg_sequences.last_value shows) is null
-- until nextval is first called: then the value is the start. Reading it needs SELECT or USAGE on
-- the sequence; without, "readable" is false and the value is null (the function is not called).
SELECT t.schema_name, t.sequence_name,
       pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') AS readable,
       CASE WHEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
            THEN COALESCE(pg_catalog.pg_sequence_last_value(c.oid::pg_catalog.regclass), s.seqstart) END AS current_value
  FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[])) AS t(schema_name, sequence_name)
  JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
  JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.sequence_name AND c.relkind = 'S'
  JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
 ORDER BY 1, 2
