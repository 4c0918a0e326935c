-- What an object of the managed schemas (?::text[], twice) uses in another schema that is neither
-- PostgreSQL's own nor an extension's: a column of a type there, a default calling a function or
-- sequence there, an index, check, trigger, policy or view using one of its objects. dibs:import
-- refuses each: a project declares the managed schemas alone, so the databases it builds (the
-- scratch one first) would lack what they use. An extension's objects are left out wherever the
-- extension is installed (dibs creates it in the scratch database as the target has it), and so are
-- a foreign key's references (the record writer names those itself).
WITH dep AS (
    SELECT d.classid, d.objid, d.objsubid, d.refclassid,
           -- an array type is used for its element type: citext[] is the extension's citext
           CASE WHEN d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                THEN COALESCE((SELECT t.typelem FROM pg_catalog.pg_type t
                                JOIN pg_catalog.pg_type el ON el.oid = t.typelem AND el.typarray = t.oid
                               WHERE t.oid = d.refobjid), d.refobjid)
                ELSE d.refobjid END AS used
      FROM pg_catalog.pg_depend d
     WHERE d.deptype IN ('n', 'a')
       -- what initdb made (pg_catalog, information_schema) has object ids below 16384: most of
       -- pg_depend, left out before any object is identified
       AND d.objid >= 16384 AND d.refobjid >= 16384
       AND d.refclassid <> 'pg_catalog.pg_namespace'::pg_catalog.regclass
       AND NOT (d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.oid = d.objid AND k.contype = 'f'))
), placed AS (
    -- a default, trigger, policy or rule has no schema of its own: its table's; a view's or
    -- materialized view's rule is named as the view
    SELECT dep.*, rel.relid
      FROM dep
      CROSS JOIN LATERAL (SELECT CASE dep.classid
               WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN (SELECT a.adrelid FROM pg_catalog.pg_attrdef a WHERE a.oid = dep.objid)
               WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN (SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = dep.objid)
               WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN (SELECT p.polrelid FROM pg_catalog.pg_policy p WHERE p.oid = dep.objid)
               WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN (SELECT w.ev_class FROM pg_catalog.pg_rewrite w WHERE w.oid = dep.objid)
           END AS relid) rel
)
SELECT DISTINCT
       CASE WHEN p.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                 AND EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite w WHERE w.oid = p.objid AND w.rulename = '_RETURN')
            THEN v.type || ' ' || v.identity
            ELSE o.type || ' ' || o.identity END AS user_object,
       r.type || ' ' || r.identity AS used_object,
       r.schema AS used_schema
  FROM placed p
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(p.classid, p.objid, p.objsubid) o
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(p.refclassid, p.used, 0) r
  LEFT JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, p.relid, 0) v ON p.relid IS NOT NULL
 WHERE r.schema IS NOT NULL
   AND r.schema <> ALL (?::text[])
   AND r.schema NOT IN ('pg_catalog', 'information_schema')
   AND COALESCE(o.schema, v.schema) = ANY (?::text[])
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                    WHERE e.classid = p.refclassid AND e.objid = p.used AND e.deptype = 'e')
   -- nor is what an extension in a managed schema holds: it is no object of the project's
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                    WHERE e.classid = p.classid AND e.objid = p.objid AND e.deptype = 'e')
 ORDER BY 1, 2
