-- The managed tables, by oid: the queries for their columns, constraints and indexes take these
-- oids as their parameter rather than computing the managed set again.
SELECT m.oid::bigint AS table_oid,
       m.nspname::text AS schema_name,
       m.relname::text AS table_name,
       ds.description AS comment,
       c.relpersistence = 'u' AS unlogged,
       -- the TOAST table's parameters are the table's toast.* ones
       COALESCE(c.reloptions, '{}'::text[])
           || ARRAY(SELECT 'toast.' || o FROM pg_catalog.pg_class tc, pg_catalog.unnest(tc.reloptions) AS o
                     WHERE tc.oid = c.reltoastrelid) AS storage,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_by,
       -- the partitions at every level, each as name, bound, the partition it is a partition of (NULL:
       -- of the table) and its own key when partitioned in turn; undeclared ones are the diff's business.
       -- A partition in another schema than its table is not modelled, nor anything below it:
       -- unmanaged.sql notes them.
       CASE WHEN c.relkind = 'p' THEN
       ARRAY(WITH RECURSIVE tree(oid, parent) AS (
                 SELECT h.inhrelid, NULL::text COLLATE "C" FROM pg_catalog.pg_inherits h WHERE h.inhparent = m.oid
                 UNION ALL
                 SELECT h.inhrelid, pc.relname::text
                   FROM tree JOIN pg_catalog.pg_class pc ON pc.oid = tree.oid
                   JOIN pg_catalog.pg_inherits h ON h.inhparent = tree.oid
                  WHERE pc.relkind = 'p' AND pc.relnamespace = c.relnamespace)
             SELECT ARRAY[pc.relname::text, pg_catalog.pg_get_expr(pc.relpartbound, pc.oid), tree.parent,
                          CASE WHEN pc.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(pc.oid) END]
               FROM tree JOIN pg_catalog.pg_class pc ON pc.oid = tree.oid
              WHERE pc.relispartition AND pc.relnamespace = c.relnamespace
              ORDER BY pc.relname)
       ELSE '{}' END AS partitions,
       -- the tables it inherits from, each as schema and name, in PostgreSQL's order (managed-tables.sql
       -- took only children of managed tables); empty for none. Looked up by the table (pg_inherits' index
       -- on inhrelid), not by a pass over every row of pg_inherits, which a partitioned database fills
       CASE WHEN c.relkind = 'r' THEN
       ARRAY(SELECT ARRAY[pn.nspname::text, pc.relname::text]
               FROM pg_catalog.pg_inherits h
               JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
               JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
              WHERE h.inhrelid = m.oid
              ORDER BY h.inhseqno)
       ELSE '{}' END AS inherits,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       -- what PostgreSQL says of the table itself, for the fidelity guard (inspect/Fingerprints)
       c.relkind::text AS kind,
       c.relpersistence::text AS persistence,
       c.reloptions::text[] AS options,
       ts.spcname::text AS tablespace
  FROM managed m
  JOIN pg_catalog.pg_class c ON c.oid = m.oid
  LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = m.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
 ORDER BY m.oid -- any stable order: the model sorts by name
