-- Primary keys, uniques, foreign keys, checks and exclusion constraints, with their columns in key
-- order. A key's INCLUDE columns, NULLS NOT DISTINCT (15) and storage parameters are its index's
-- (conindid); an exclusion constraint is kept as pg_get_constraintdef prints it, which is read for
-- every constraint. The WITHOUT OVERLAPS or PERIOD of a key (18) is not modelled: unmanaged.sql
-- reports it as a constraint option. Before 18, every constraint is enforced.
SELECT k.conrelid::bigint AS table_oid,
       k.conname::text AS constraint_name,
       k.contype::text AS type,
       -- column numbers: named from columns.sql's rows, which the same connection read first
       k.conkey::int[] AS column_numbers,
       rn.nspname::text AS referenced_schema,
       rc.relname::text AS referenced_table,
       k.confrelid::bigint AS referenced_oid,
       k.confkey::int[] AS referenced_numbers,
       -- named here only when the referenced table is not one of the managed tables
       CASE WHEN k.contype = 'f' AND k.confrelid <> ALL (?::pg_catalog.oid[])
            THEN ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                                WHERE a.attrelid = k.confrelid AND a.attnum = u.attnum)
                         FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY AS u(attnum, ord)
                        ORDER BY u.ord) END AS referenced_columns,
       k.confdeltype::text AS on_delete,
       -- the columns ON DELETE SET NULL or SET DEFAULT sets when only some of the key's (15): named
       -- from columns.sql's rows, as the key's
       ${confdelsetcols}::int[] AS on_delete_set_numbers,
       k.confupdtype::text AS on_update,
       k.condeferrable AS deferrable,
       k.condeferred AS deferred,
       k.convalidated AS validated,
       ${conenforced} AS enforced,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_expr(k.conbin, k.conrelid) END AS check_expression,
       k.connoinherit AS no_inherit,
       -- PostgreSQL's own words for the constraint, which the fidelity guard compares (inspect/
       -- Fingerprints) and an exclusion constraint is kept as. Made only where they can say more than
       -- ConstraintRows writes itself from the other columns here (a check is CHECK (expression), a
       -- key its columns, a foreign key its columns, table, match type and actions): an exclusion
       -- constraint, a temporal key, a key with INCLUDE columns, a foreign key to a table that is
       -- not managed or setting only some columns on delete.
       CASE WHEN k.contype = 'x' OR ${conperiod}
                 OR k.contype IN ('p', 'u') AND x.indnatts > x.indnkeyatts
                 OR k.contype = 'f' AND (k.confrelid <> ALL (?::pg_catalog.oid[]) OR ${confdelsetcols} IS NOT NULL)
            THEN pg_catalog.pg_get_constraintdef(k.oid) END AS definition,
       CASE WHEN k.contype = 'f' THEN pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.relname) END
           AS referenced_quoted,
       k.confmatchtype::text AS match_type,
       COALESCE(${indnullsnotdistinct}, false) AS nulls_not_distinct,
       -- the index's columns past its key columns are its INCLUDE columns (looked for only where
       -- there are any: most constraints have no index, most indexes no INCLUDE)
       CASE WHEN x.indnatts > x.indnkeyatts
            THEN ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                                WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1])
                         FROM pg_catalog.generate_series(x.indnkeyatts + 1, x.indnatts) AS s(n)
                        ORDER BY s.n)
            ELSE '{}'::text[] END AS include,
       i.reloptions::text[] AS index_options,
       -- the referenced table's index a foreign key is bound to: dropping it needs the key dropped first
       CASE WHEN k.contype = 'f' THEN ri.relname::text END AS referenced_index
  FROM pg_catalog.pg_constraint k
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  -- the index behind a key (for a foreign key, conindid is the referenced key's: joined as ri)
  LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = k.conindid AND k.contype IN ('p', 'u')
  LEFT JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  LEFT JOIN pg_catalog.pg_class ri ON ri.oid = k.conindid AND k.contype = 'f'
 WHERE k.conrelid = ANY (?::pg_catalog.oid[]) AND k.contype IN ('p', 'u', 'f', 'c', 'x')
   -- a check an inheritance child has only from its parent is the parent's (PostgreSQL adds, drops
   -- and renames it with the parent's); one it also has of its own (conislocal: declared again, or
   -- there before the child joined) is merged with it and stays when the parent's goes, so it is read
   AND NOT (k.contype = 'c' AND k.coninhcount > 0 AND NOT k.conislocal)
   -- not the copies of a foreign key PostgreSQL makes for each partition of a partitioned table it
   -- references (conparentid: the key itself, which the plan writes; they come with it)
   AND k.conparentid = 0
 ORDER BY k.conrelid, k.oid -- any stable order: the model sorts by name
