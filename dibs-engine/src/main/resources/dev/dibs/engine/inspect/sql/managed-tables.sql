-- The tables dibs manages in the requested schemas: ordinary tables and partitioned parents that
-- are not partitions or inheritance children, not dibs's own __dibs_* tables, not the history
-- tables of the migration tools dibs takes over from (the name[] parameter: Flyway's,
-- under its configured name too, and Liquibase's; never planned for a drop), and not owned by an
-- extension. tables.sql starts from this set (as the CTE "managed"); the queries for columns,
-- constraints and indexes take the oids it returns.
SELECT c.oid, n.nspname, c.relname, c.relkind
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY (?::text[])
   AND c.relkind IN ('r', 'p')
   AND NOT c.relispartition
   AND c.relname NOT LIKE '\_\_dibs\_%'
   AND c.relname <> ALL (?::pg_catalog.name[])
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid)
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
