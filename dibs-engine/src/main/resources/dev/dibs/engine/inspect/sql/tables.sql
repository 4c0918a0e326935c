-- The managed tables, by oid: the queries for their columns, constraints and indexes take these
-- oids as their parameter rather than computing the managed set again.
SELECT m.oid::bigint AS table_oid,
       m.nspname::text AS schema_name,
       m.relname::text AS table_name,
       ds.description AS comment
  FROM managed m
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = m.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
 ORDER BY m.oid -- any stable order: the model sorts by name
