-- What PostgreSQL itself says of each managed table, of each of its indexes (those behind a
-- primary key or unique too) and of each of its constraints, in its own words. The fidelity guard
-- compares these, never dibs's model, so an aspect the model does not hold (an operator class,
-- UNLOGGED, a storage parameter, a partition key, a tablespace, NO INHERIT) still shows. An index's
-- definition is pg_get_indexdef without "CREATE INDEX name ON table", so that two indexes of the
-- same name compare by what they are; a constraint's is pg_get_constraintdef without NOT VALID,
-- which dibs manages itself. Exclusion constraints are notes (unmanaged.sql), as dibs writes none.
SELECT c.oid::bigint AS table_oid, 'table' AS kind, c.relname::text AS object_name,
       c.relkind::text AS type, c.relpersistence::text AS persistence, c.reloptions::text[] AS options,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS definition,
       ts.spcname::text AS tablespace,
       NULL::text AS method, NULL::text[] AS key_columns, NULL::text[] AS operator_classes, NULL::text[] AS collations,
       NULL::boolean AS nulls_not_distinct, NULL::text AS predicate,
       NULL::boolean AS deferrable, NULL::boolean AS deferred, NULL::boolean AS no_inherit, NULL::text AS match_type
  FROM pg_catalog.pg_class c
  LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
 WHERE c.oid = ANY (?::pg_catalog.oid[])
UNION ALL
SELECT x.indrelid::bigint, 'index', i.relname::text, NULL, NULL, i.reloptions::text[],
       (SELECT CASE WHEN pg_catalog.left(d.def, pg_catalog.length(d.head)) = d.head
                    THEN (CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END) || pg_catalog.substr(d.def, pg_catalog.length(d.head) + 1)
                    ELSE d.def END
          FROM (SELECT pg_catalog.pg_get_indexdef(x.indexrelid) AS def,
                       'CREATE ' || CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || pg_catalog.quote_ident(i.relname)
                       || ' ON ' || CASE WHEN t.relkind = 'p' THEN 'ONLY ' ELSE '' END
                       || x.indrelid::pg_catalog.regclass::text || ' ' AS head
                 -- OFFSET 0 keeps this subquery whole: flattened, each use of d.def above would
                 -- call pg_get_indexdef again, and it is the costliest call here
                 OFFSET 0) d),
       ts.spcname::text, am.amname::text,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, s.n, false)
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n) ORDER BY s.n),
       -- an operator class other than the default, with its parameters (gist_trgm_ops(siglen=32))
       ARRAY(SELECT CASE WHEN oc.opcdefault AND ia.attoptions IS NULL THEN NULL
                         ELSE oc.opcname::text || COALESCE('(' || pg_catalog.array_to_string(ia.attoptions, ', ') || ')', '') END
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
               JOIN pg_catalog.pg_opclass oc ON oc.oid = x.indclass[s.n - 1]
               LEFT JOIN pg_catalog.pg_attribute ia ON ia.attrelid = x.indexrelid AND ia.attnum = s.n
              ORDER BY s.n),
       -- a key column indexed with another collation than its own
       ARRAY(SELECT CASE WHEN x.indkey[s.n - 1] <> 0 AND x.indcollation[s.n - 1] <> 0
                          AND x.indcollation[s.n - 1] <> COALESCE((SELECT a.attcollation FROM pg_catalog.pg_attribute a
                                                                    WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1]),
                                                                  0::pg_catalog.oid)
                         THEN (SELECT co.collname::text FROM pg_catalog.pg_collation co WHERE co.oid = x.indcollation[s.n - 1]) END
               FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n) ORDER BY s.n),
       ${indnullsnotdistinct}, pg_catalog.pg_get_expr(x.indpred, x.indrelid),
       NULL, NULL, NULL, NULL
  FROM pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
  LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace
 WHERE x.indrelid = ANY (?::pg_catalog.oid[])
UNION ALL
SELECT k.conrelid::bigint, 'constraint', k.conname::text, k.contype::text, NULL, NULL,
       pg_catalog.regexp_replace(pg_catalog.pg_get_constraintdef(k.oid), ' NOT VALID$', ''), NULL,
       NULL, NULL, NULL, NULL, NULL, NULL,
       k.condeferrable, k.condeferred, k.connoinherit, k.confmatchtype::text
  FROM pg_catalog.pg_constraint k
 WHERE k.conrelid = ANY (?::pg_catalog.oid[]) AND k.contype IN ('p', 'u', 'f', 'c')
 ORDER BY 1, 2, 3
