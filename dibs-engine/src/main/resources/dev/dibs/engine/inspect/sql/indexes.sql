-- Every index of the managed tables, those behind a primary key, unique or exclusion constraint
-- too (of_constraint: the model keeps those with their constraint, the fidelity guard compares
-- all of them), read as structured data: one entry per index column, its name (null for an
-- expression), its sort options (bit 0: DESC, bit 1: NULLS FIRST), then the INCLUDE columns.
--
-- A key's operator class and collation are read from pg_get_indexdef, where PostgreSQL prints
-- exactly those that are not the key's defaults. That call is the costliest here: for each key it
-- scans pg_opclass for the default class of the key's type. So it is made only for an index where
-- something could be printed beyond names and sort words: an expression, storage parameters, or a
-- key whose class is not plainly its type's default (the default class for exactly the column's
-- type, or its domain's base type, or text_ops for varchar, which is PostgreSQL's own choice there),
-- or whose collation is not its column's, or whose class has parameters. Anything else prints as
-- names only, and inspect/IndexRows writes that definition itself.
WITH keyed AS MATERIALIZED (
    SELECT x.indexrelid, s.n, s.n <= x.indnkeyatts AS is_key, x.indoption[s.n - 1]::int AS sort_options,
           x.indclass[s.n - 1] AS opclass,
           x.indcollation[s.n - 1] AS collation, a.attname, a.atttypid, a.attcollation,
           (SELECT ia.attoptions IS NOT NULL FROM pg_catalog.pg_attribute ia
             WHERE ia.attrelid = x.indexrelid AND ia.attnum = s.n) AS has_parameters
      FROM pg_catalog.pg_index x
     CROSS JOIN LATERAL pg_catalog.generate_series(1, x.indnatts) AS s(n)
      -- OFFSET 0: one index lookup per column, not a hash of every attribute in the database
      LEFT JOIN LATERAL (SELECT a.attname::text, a.atttypid, a.attcollation FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[s.n - 1] OFFSET 0) a ON true
     WHERE x.indrelid = ANY (?::pg_catalog.oid[])
), per_index AS (
    SELECT k.indexrelid,
           pg_catalog.array_agg(k.attname ORDER BY k.n) AS names,
           pg_catalog.array_agg(pg_catalog.quote_ident(k.attname) ORDER BY k.n) AS quoted_names,
           pg_catalog.array_agg(k.sort_options ORDER BY k.n) FILTER (WHERE k.is_key) AS sort_options,
           pg_catalog.bool_or(k.is_key AND NOT COALESCE(
               oc.opcdefault AND oc.opckeytype = 0 AND NOT k.has_parameters AND k.collation IN (0, k.attcollation)
               AND oc.opcintype IN (COALESCE(NULLIF(ty.typbasetype, 0), ty.oid),
                                    CASE WHEN COALESCE(NULLIF(ty.typbasetype, 0), ty.oid) = 'pg_catalog.varchar'::pg_catalog.regtype
                                         THEN 'pg_catalog.text'::pg_catalog.regtype END), false)) AS unusual_key
      FROM keyed k
      LEFT JOIN pg_catalog.pg_type ty ON ty.oid = k.atttypid
      LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opclass
     GROUP BY k.indexrelid
)
SELECT x.indrelid::bigint AS table_oid,
       i.relname::text AS index_name,
       am.amname::text AS method,
       x.indisunique AS is_unique,
       x.indnkeyatts AS key_count,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       p.names AS column_names,
       p.quoted_names,
       p.sort_options AS options,
       -- each key's text, the start of its entry in the definition (an expression's text besides)
       CASE WHEN f.printed THEN ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, s.n, false)
                                        FROM pg_catalog.generate_series(1, x.indnkeyatts) AS s(n)
                                       ORDER BY s.n) END AS key_texts,
       CASE WHEN f.printed THEN pg_catalog.pg_get_indexdef(x.indexrelid) END AS definition,
       -- what the definition starts with, so that two indexes of the same name compare by what they are
       CASE WHEN f.printed THEN 'CREATE ' || CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                                || pg_catalog.quote_ident(i.relname) || ' ON '
                                || CASE WHEN (SELECT t.relkind FROM pg_catalog.pg_class t WHERE t.oid = x.indrelid) = 'p'
                                        THEN 'ONLY ' ELSE '' END
                                || x.indrelid::pg_catalog.regclass::text || ' ' END AS definition_head,
       ${indnullsnotdistinct} AS nulls_not_distinct,
       COALESCE(i.reloptions, '{}'::text[]) AS storage,
       ts.spcname::text AS tablespace,
       x.indexrelid IN (SELECT k.conindid FROM pg_catalog.pg_constraint k
                         WHERE k.conrelid = ANY (?::pg_catalog.oid[]) AND k.contype IN ('p', 'u', 'x')) AS of_constraint,
       (SELECT ds.description FROM pg_catalog.pg_description ds
         WHERE ds.objoid = x.indexrelid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND ds.objsubid = 0) AS comment
  FROM pg_catalog.pg_index x
  JOIN per_index p ON p.indexrelid = x.indexrelid
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
  LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace
 CROSS JOIN LATERAL (SELECT x.indexprs IS NOT NULL OR i.reloptions IS NOT NULL OR p.unusual_key AS printed) f
 WHERE x.indrelid = ANY (?::pg_catalog.oid[])
 ORDER BY x.indrelid, x.indexrelid -- any stable order: the model sorts by name
