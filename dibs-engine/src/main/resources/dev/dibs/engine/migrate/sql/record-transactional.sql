-- The end of a transactional migration, in one round trip: records it, reads what it created or
-- changed, and commits. Parameter 1 is the migration's transaction id, taken when it began; when
-- the transaction is another one now (the migration ended its own: COMMIT AND CHAIN, commit; begin),
-- the history row gets no id, PostgreSQL refuses it (not-null violation on __dibs_migrations.id,
-- which dibs reads as that signal), and the COMMIT after it is never run: dibs rolls back instead.
-- Parameters 2-10 are the row (as record-migration.sql); 11-13 the managed schemas. The INSERT runs
-- whether or not the query reads it, as every data-modifying WITH does. The tables,
-- columns and indexes the migration created or changed are those whose catalog rows carry its
-- transaction id (xmin).
-- Only the relations this transaction holds a lock on are looked at: PostgreSQL locks a relation
-- until the end of the transaction that creates, alters, renames or drops it, or any of its columns
-- or indexes, so no other relation can carry such a row. That keeps the cost to the few relations a
-- migration touches, where reading every catalog row of the schema grew with its size (a seq scan
-- of pg_attribute per migration: O(n^2) for a run that creates n tables). The locks on system
-- catalogs (oids below FirstNormalObjectId, 16384; every object a user creates gets one above) are
-- left out at once: they are most of a DDL statement's locks and never what a migration created.
WITH recorded AS (
    INSERT INTO :schema.__dibs_migrations
           (id, checksum, class_name, description, transactional, source_file, source_line, execution_ms, dibs_version)
    VALUES (CASE WHEN pg_catalog.pg_current_xact_id()::text = ? THEN ? END, ?, ?, ?, ?, ?, ?, ?, ?)
), locked AS (
    SELECT DISTINCT l.relation AS oid
      FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation' AND l.pid = pg_catalog.pg_backend_pid() AND l.relation >= 16384::oid
), indexes AS (
    SELECT x.indexrelid, x.indrelid FROM locked k JOIN pg_catalog.pg_index x ON x.indrelid = k.oid
    UNION
    SELECT x.indexrelid, x.indrelid FROM locked k JOIN pg_catalog.pg_index x ON x.indexrelid = k.oid
)
SELECT 'table' AS kind, n.nspname::text, c.relname::text, c.relname::text
  FROM locked k
  JOIN pg_catalog.pg_class c ON c.oid = k.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
   AND c.xmin = pg_catalog.pg_current_xact_id()::xid
UNION ALL
SELECT 'column', n.nspname::text, c.relname::text, a.attname::text
  FROM locked k
  JOIN pg_catalog.pg_class c ON c.oid = k.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '\_\_dibs\_%'
   AND a.xmin = pg_catalog.pg_current_xact_id()::xid
UNION ALL
SELECT 'index', n.nspname::text, t.relname::text, i.relname::text
  FROM indexes x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = ANY (?::text[]) AND t.relname NOT LIKE '\_\_dibs\_%'
   AND i.xmin = pg_catalog.pg_current_xact_id()::xid;
COMMIT
