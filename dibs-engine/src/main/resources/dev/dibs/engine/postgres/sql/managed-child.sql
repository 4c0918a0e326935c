-- Whether the relation the_table (the alias of pg_class in the query that includes this, as
-- ${managed_child:alias}) is no inheritance child of a table dibs does not manage: true for a table
-- that inherits from none, and for a child whose parents, and every table above them, are ordinary
-- tables of the compared schemas (the query's ?::text[] parameter here), neither partitioned, an
-- extension's nor dibs's own (__dibs_*). One test for every query that tells managed tables apart
-- (managed-tables.sql, unmanaged.sql, the plan's blockers), read only for a child.
NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h
             WHERE h.inhrelid = the_table.oid
               AND (the_table.relkind <> 'r'
                    OR EXISTS (WITH RECURSIVE up(oid) AS (
                                   SELECT h.inhparent
                                   UNION
                                   SELECT i.inhparent FROM up JOIN pg_catalog.pg_inherits i ON i.inhrelid = up.oid)
                               SELECT 1 FROM up
                                 JOIN pg_catalog.pg_class pc ON pc.oid = up.oid
                                 JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                                WHERE pc.relkind <> 'r' OR pc.relispartition OR pc.relname LIKE '\_\_dibs\_%'
                                   OR NOT pn.nspname = ANY (?::text[])
                                   OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                                               WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                 AND e.objid = pc.oid AND e.deptype = 'e'))))
