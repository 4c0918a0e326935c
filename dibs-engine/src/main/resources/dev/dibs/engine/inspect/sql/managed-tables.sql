-- The tables dibs manages in the requested schemas: ordinary tables and partitioned parents that
-- are not partitions, not inheritance children of a table dibs does not manage (every table above
-- one must be an ordinary table in the requested schemas, neither dibs's nor an extension's: a child
-- of such tables is managed, its parents named in tables.sql), not dibs's own __dibs_* tables, not the history
-- tables of the migration tools dibs takes over from (the second text[] parameter: Flyway's, under
-- its configured name in its schema too, and Liquibase's; never planned for a drop), and not owned by an
-- extension. tables.sql starts from this set (as the CTE "managed"); the queries for columns,
-- constraints and indexes take the oids it returns.
SELECT c.oid, n.nspname, c.relname, c.relkind
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY (?::text[])
   AND c.relkind IN ('r', 'p')
   AND NOT c.relispartition
   AND c.relname NOT LIKE '\_\_dibs\_%'
   -- a history table is named alone (in any schema) or "schema"."table" (in that one only)
   AND NOT (ARRAY[c.relname::text, '"' || pg_catalog.replace(n.nspname, '"', '""') || '"."'
                  || pg_catalog.replace(c.relname, '"', '""') || '"'] && ?::pg_catalog.text[])
   -- (the tables above a child, read only for a child)
   AND ${managed_child:c}
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
