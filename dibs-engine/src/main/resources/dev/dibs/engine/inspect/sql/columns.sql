-- The columns of the managed tables (their oids are the parameter), in table order.
SELECT a.attrelid::bigint AS table_oid,
       a.attname::text AS column_name,
       a.attnum::int AS column_number,
       pg_catalog.quote_ident(a.attname) AS quoted_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       -- a NOT NULL constraint that is NOT VALID (18) guards new rows only: the column may hold NULLs,
       -- so it reads as nullable (a desired NOT NULL validates it); unmanaged.sql notes the constraint
       a.attnotnull AND NOT (${notnullconstraints}
                             AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint nn
                                          WHERE nn.conrelid = a.attrelid AND nn.contype = 'n' AND NOT nn.convalidated
                                            AND nn.conkey[1] = a.attnum)) AS not_null,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       -- a default has no column references (PostgreSQL allows none): printed without the table
       -- (relid 0), which spares opening it; a generated column's expression needs it
       pg_catalog.pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END) AS expression,
       ds.description AS comment,
       -- the statistics target SET STATISTICS gave it: -1 for the default before 17, NULL from 17 on
       NULLIF(a.attstattarget::integer, -1) AS statistics,
       -- the collation it has instead of its type's, its schema and name, when dibs can declare it: one of
       -- pg_catalog, or one CREATE COLLATION made in a managed schema (collations.sql); another (of a
       -- schema not compared, of an extension) is a note (unmanaged.sql). Looked up only where one can
       -- differ: a collation other than the database's default, or a type whose own is another (name's
       -- C, a domain's): those are listed once
       CASE WHEN a.attcollation <> 0 AND (a.attcollation <> 100 OR a.atttypid = ANY (ARRAY(
                     SELECT t.oid FROM pg_catalog.pg_type t WHERE t.typcollation NOT IN (0, 100))))
            THEN (SELECT co.collname::text FROM pg_catalog.pg_collation co
                    JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace, pg_catalog.pg_type t
                   WHERE co.oid = a.attcollation AND t.oid = a.atttypid AND co.oid <> t.typcollation
                     AND (n.nspname = 'pg_catalog' OR n.nspname = ANY (?::text[])
                          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                           WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                                             AND d.objid = co.oid AND d.deptype = 'e'))) END AS collation,
       CASE WHEN a.attcollation <> 0 AND (a.attcollation <> 100 OR a.atttypid = ANY (ARRAY(
                     SELECT t.oid FROM pg_catalog.pg_type t WHERE t.typcollation NOT IN (0, 100))))
            THEN (SELECT n.nspname::text FROM pg_catalog.pg_collation co
                    JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
                   WHERE co.oid = a.attcollation) END AS collation_schema,
       -- the options of the sequence an identity or serial column owns that are not the defaults
       -- for it (its type the column's, from 1 up by 1, no cycle, no cache), as ALTER SEQUENCE says them
       CASE WHEN q.seqrelid IS NOT NULL THEN
            NULLIF(pg_catalog.concat_ws(' ',
                   CASE WHEN q.seqtypid <> a.atttypid THEN 'AS ' || pg_catalog.format_type(q.seqtypid, NULL) END,
                   CASE WHEN q.seqincrement <> 1 THEN 'INCREMENT BY ' || q.seqincrement END,
                   CASE WHEN q.seqmin <> CASE WHEN q.seqincrement > 0 THEN 1 ELSE q.low END THEN 'MINVALUE ' || q.seqmin END,
                   CASE WHEN q.seqmax <> CASE WHEN q.seqincrement > 0 THEN q.high ELSE -1 END THEN 'MAXVALUE ' || q.seqmax END,
                   CASE WHEN q.seqstart <> CASE WHEN q.seqincrement > 0 THEN q.seqmin ELSE q.seqmax END
                        THEN 'START WITH ' || q.seqstart END,
                   CASE WHEN q.seqcache <> 1 THEN 'CACHE ' || q.seqcache END,
                   CASE WHEN q.seqcycle THEN 'CYCLE' END), '') END AS sequence_options
  FROM pg_catalog.pg_attribute a
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = a.attrelid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = a.attnum
  -- the sequence that is the column's (one, taken once for all columns rather than looked up per column)
  LEFT JOIN (SELECT DISTINCT ON (dep.refobjid, dep.refobjsubid) dep.refobjid, dep.refobjsubid,
                    s.seqrelid, s.seqtypid, s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, s.seqcycle,
                    CASE s.seqtypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768
                                    WHEN 'pg_catalog.int4'::pg_catalog.regtype THEN -2147483648
                                    ELSE -9223372036854775808 END AS low,
                    CASE s.seqtypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767
                                    WHEN 'pg_catalog.int4'::pg_catalog.regtype THEN 2147483647
                                    ELSE 9223372036854775807 END AS high
               FROM pg_catalog.pg_depend dep
               JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
               LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = dep.refobjid AND ad.adnum = dep.refobjsubid
              WHERE dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.refobjid = ANY (?::pg_catalog.oid[])
                -- an identity's, or the one it owns while its default is exactly nextval of it (serial);
                -- any other sequence is a sequence of its own (sequences.sql)
                AND (dep.deptype = 'i'
                     OR dep.deptype = 'a' AND pg_catalog.pg_get_expr(ad.adbin, 0)
                        = 'nextval(' || pg_catalog.quote_literal(dep.objid::pg_catalog.regclass::text) || '::regclass)')
              ORDER BY dep.refobjid, dep.refobjsubid) q
         ON q.refobjid = a.attrelid AND q.refobjsubid = a.attnum
 WHERE a.attrelid = ANY (?::pg_catalog.oid[]) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum -- integers: cheaper than names; the model sorts tables by name itself
