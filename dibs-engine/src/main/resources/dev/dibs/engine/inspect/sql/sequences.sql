-- The sequences of the managed schemas that are objects of their own: not an extension's, not an
-- identity column's, and not the one a column owns while its default is exactly nextval of it
-- (a serial column's, which columns.sql reads as the column's). Their options as pg_sequence holds
-- them; the current value is data, never read.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS sequence_name,
       pg_catalog.format_type(q.seqtypid, NULL) AS data_type,
       q.seqincrement AS increment,
       q.seqmin AS min_value,
       q.seqmax AS max_value,
       q.seqstart AS start,
       q.seqcache AS cache,
       q.seqcycle AS cycle,
       (SELECT pg_catalog.quote_ident(t.relname) || '.' || pg_catalog.quote_ident(a.attname)
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
          JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'a'
         LIMIT 1) AS owned_by,
       ds.description AS comment
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_sequence q ON q.seqrelid = c.oid
  LEFT JOIN pg_catalog.pg_description ds
         ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ds.objsubid = 0
 WHERE c.relkind = 'S'
   AND n.nspname = ANY (?::text[])
   AND c.relname NOT LIKE '\_\_dibs\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
   -- owned by a column whose default is exactly nextval of it: the column's
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                     JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'a'
                      AND pg_catalog.pg_get_expr(ad.adbin, 0)
                          = 'nextval(' || pg_catalog.quote_literal(c.oid::pg_catalog.regclass::text) || '::regclass)')
 ORDER BY 1, 2
