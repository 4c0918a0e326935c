-- The columns of the managed tables (their oids are the parameter), in table order.
SELECT a.attrelid::bigint AS table_oid,
       a.attname::text AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS expression,
       ds.description AS comment,
       -- the options of the sequence an identity or serial column owns that are not the defaults
       -- for it (its type the column's, from 1 up by 1, no cycle, no cache), as ALTER SEQUENCE says them
       (SELECT NULLIF(pg_catalog.concat_ws(' ',
                   CASE WHEN q.seqtypid <> a.atttypid THEN 'AS ' || pg_catalog.format_type(q.seqtypid, NULL) END,
                   CASE WHEN q.seqincrement <> 1 THEN 'INCREMENT BY ' || q.seqincrement END,
                   CASE WHEN q.seqmin <> CASE WHEN q.seqincrement > 0 THEN 1 ELSE lim.low END THEN 'MINVALUE ' || q.seqmin END,
                   CASE WHEN q.seqmax <> CASE WHEN q.seqincrement > 0 THEN lim.high ELSE -1 END THEN 'MAXVALUE ' || q.seqmax END,
                   CASE WHEN q.seqstart <> CASE WHEN q.seqincrement > 0 THEN q.seqmin ELSE q.seqmax END
                        THEN 'START WITH ' || q.seqstart END,
                   CASE WHEN q.seqcache <> 1 THEN 'CACHE ' || q.seqcache END,
                   CASE WHEN q.seqcycle THEN 'CYCLE' END), '')
          FROM pg_catalog.pg_depend dep
          JOIN pg_catalog.pg_sequence q ON q.seqrelid = dep.objid
          CROSS JOIN LATERAL (SELECT CASE q.seqtypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768
                                                     WHEN 'pg_catalog.int4'::pg_catalog.regtype THEN -2147483648
                                                     ELSE -9223372036854775808 END AS low,
                                     CASE q.seqtypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767
                                                     WHEN 'pg_catalog.int4'::pg_catalog.regtype THEN 2147483647
                                                     ELSE 9223372036854775807 END AS high) lim
         WHERE dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
           -- an identity's, or the one it owns while its default is exactly nextval of it (serial);
           -- any other sequence is a sequence of its own (sequences.sql)
           AND (dep.deptype = 'i'
                OR dep.deptype = 'a' AND pg_catalog.pg_get_expr(d.adbin, d.adrelid)
                   = 'nextval(' || pg_catalog.quote_literal(dep.objid::pg_catalog.regclass::text) || '::regclass)')
         LIMIT 1) AS sequence_options
  FROM pg_catalog.pg_attribute a
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = a.attrelid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = a.attnum
 WHERE a.attrelid = ANY (?::pg_catalog.oid[]) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum -- integers: cheaper than names; the model sorts tables by name itself
