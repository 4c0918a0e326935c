-- What a plan uses that the target's catalog lacks, so PostgreSQL would refuse the statement. The
-- parameters are parallel arrays, one element per need: its kind ('type', 'access method',
-- 'operator class', 'default operator class', 'function', 'collation'), its name (a type as format_type prints it, a
-- method, an operator class), the operator class's schema (NULL: any), the index access method (for
-- operator classes) and the extension known to provide it (NULL: none known). Answers the needs
-- that are missing, by position, with whether that extension is available on the server and
-- installed in the database. Doubtful cases count as present: a warning here stops -Ddibs.apply.
WITH need AS (
    SELECT n.ord, n.kind, n.name, n.schema_name, n.method, n.extension
      FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]),
                      pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[])) WITH ORDINALITY
           AS n(kind, name, schema_name, method, extension, ord)
), checked AS (
    SELECT need.*,
           CASE need.kind
               WHEN 'type' THEN pg_catalog.to_regtype(need.name) IS NOT NULL
               WHEN 'access method' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_am a WHERE a.amname = need.name AND a.amtype = 'i')
               -- a missing method is its own need: the class is not reported on top of it
               WHEN 'operator class' THEN
                   NOT EXISTS (SELECT 1 FROM pg_catalog.pg_am a WHERE a.amname = need.method)
                   OR EXISTS (SELECT 1 FROM pg_catalog.pg_opclass o
                                JOIN pg_catalog.pg_am a ON a.oid = o.opcmethod
                                JOIN pg_catalog.pg_namespace s ON s.oid = o.opcnamespace
                               WHERE a.amname = need.method AND o.opcname = need.name
                                 AND (need.schema_name IS NULL OR s.nspname = need.schema_name))
               -- as PostgreSQL picks a key's class: a default one for the type (a domain: its base
               -- type), one it is binary-coercible to, or a polymorphic one that fits it
               WHEN 'default operator class' THEN
                   pg_catalog.to_regtype(need.name) IS NULL
                   OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_am a WHERE a.amname = need.method)
                   OR EXISTS (SELECT 1
                                FROM pg_catalog.pg_type t
                                JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                                JOIN pg_catalog.pg_opclass o ON o.opcdefault
                                JOIN pg_catalog.pg_am a ON a.oid = o.opcmethod AND a.amname = need.method
                                JOIN pg_catalog.pg_type it ON it.oid = o.opcintype
                               WHERE t.oid = pg_catalog.to_regtype(need.name)
                                 AND (o.opcintype = b.oid
                                      OR b.typtype = 'd'
                                      OR EXISTS (SELECT 1 FROM pg_catalog.pg_cast c
                                                  WHERE c.castsource = b.oid AND c.casttarget = o.opcintype AND c.castmethod = 'b')
                                      OR (it.typtype = 'p' AND CASE it.typname
                                              WHEN 'anyarray' THEN b.typcategory = 'A'
                                              WHEN 'anyenum' THEN b.typtype = 'e'
                                              WHEN 'anyrange' THEN b.typtype = 'r'
                                              WHEN 'anymultirange' THEN b.typtype = 'm'
                                              ELSE true END)))
               -- a function by schema and name, whatever its arguments
               WHEN 'function' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                                              JOIN pg_catalog.pg_namespace s ON s.oid = p.pronamespace
                                             WHERE p.proname = need.name AND s.nspname = need.schema_name)
               -- a collation by schema and name, for the database's encoding or any
               WHEN 'collation' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_collation co
                                              JOIN pg_catalog.pg_namespace s ON s.oid = co.collnamespace
                                             WHERE co.collname = need.name AND s.nspname = need.schema_name
                                                AND co.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding())))
               ELSE true
           END AS present
      FROM need
)
SELECT c.ord::int AS ord,
       EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions e WHERE e.name = c.extension) AS extension_available,
       EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = c.extension) AS extension_installed
  FROM checked c
 WHERE NOT c.present
 ORDER BY c.ord
