-- What PostgreSQL will not let a plan drop or retype, because objects dibs does not manage use it.
-- The first four parameters are parallel arrays, one element per table or column the plan drops or
-- retypes: schema, table, column (NULL for the whole table), and whether it is dropped (foreign keys
-- block a drop, while a type change rebuilds them). The fifth holds the compared schemas, whose own
-- foreign keys the plan takes care of.
-- The column's number is looked up by name only for a column: joined in the planner's own order, the
-- attributes of every dropped table were read and filtered (two thirds of the query at a thousand tables).
WITH RECURSIVE given AS MATERIALIZED (
    SELECT t.schema_name, t.table_name, t.column_name, t.drops, c.oid AS table_oid, c.relkind,
           -- what a whole-table drop removes: the table, and a partitioned one's partitions at every level
           CASE WHEN c.relkind = 'p' AND t.column_name IS NULL AND t.drops
                THEN ARRAY(SELECT pt.relid::pg_catalog.oid FROM pg_catalog.pg_partition_tree(c.oid) pt)
                ELSE ARRAY[c.oid] END AS tree,
           CASE WHEN t.column_name IS NOT NULL THEN
                (SELECT a.attnum FROM pg_catalog.pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attname = t.column_name AND NOT a.attisdropped) END AS attnum
      FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]),
                      pg_catalog.unnest(?::boolean[]))
           AS t(schema_name, table_name, column_name, drops)
      JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
      JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
), copies AS (
    -- the tables below a table whose column the plan retypes, at every level (inheritance children and
    -- partitions): PostgreSQL retypes their copies of the column with it; and the partitions below a
    -- partitioned table whose column it drops (a plain table's is dropped ONLY: its children keep theirs)
    SELECT g.schema_name, g.table_name, g.column_name, g.drops, k.inhrelid AS table_oid
      FROM given g
      JOIN pg_catalog.pg_inherits k ON k.inhparent = g.table_oid
     WHERE g.column_name IS NOT NULL AND (NOT g.drops OR g.relkind = 'p')
    UNION
    SELECT c.schema_name, c.table_name, c.column_name, c.drops, k.inhrelid
      FROM copies c
      JOIN pg_catalog.pg_inherits k ON k.inhparent = c.table_oid
), target AS MATERIALIZED (
    SELECT g.schema_name, g.table_name, g.column_name, g.drops, g.table_oid, g.attnum, false AS below, g.tree,
           NULL::text AS via
      FROM given g
    UNION ALL
    -- what uses those copies is in the way too, said of the column the plan retypes or drops
    SELECT c.schema_name, c.table_name, c.column_name, c.drops, c.table_oid,
           (SELECT a.attnum FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.table_oid AND a.attname = c.column_name AND NOT a.attisdropped),
           false, ARRAY[c.table_oid],
           (SELECT 'copy in ' || vn.nspname || '.' || vc.relname FROM pg_catalog.pg_class vc
              JOIN pg_catalog.pg_namespace vn ON vn.oid = vc.relnamespace WHERE vc.oid = c.table_oid)
      FROM copies c
    UNION ALL
    -- a dropped partitioned table (or partition) takes its partitions at every level along: what uses
    -- them is in the way too, said of the table the plan drops
    SELECT g.schema_name, g.table_name, NULL, true, below.oid, NULL, true, g.tree,
           (SELECT 'partition ' || bn.nspname || '.' || bc.relname FROM pg_catalog.pg_class bc
              JOIN pg_catalog.pg_namespace bn ON bn.oid = bc.relnamespace WHERE bc.oid = below.oid)
      FROM given g, pg_catalog.unnest(g.tree) AS below(oid)
     WHERE below.oid <> g.table_oid
), uses AS (
    -- a normal dependency: an automatic or internal one goes away with the table or column
    SELECT t.schema_name, t.table_name, t.column_name, t.drops, t.table_oid, d.classid, d.objid, d.objsubid, t.tree, t.via
      FROM target t
      JOIN pg_catalog.pg_depend d
        ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = t.table_oid
       AND (t.column_name IS NULL OR d.refobjsubid = t.attnum) AND d.deptype = 'n'
)
-- via: what below the table the plan changes it uses, when it is not the table itself: a child's or
-- partition's copy of the column ('copy in s.t'), or a partition the dropped table takes along ('partition s.t')
SELECT DISTINCT schema_name, table_name, column_name, dependent_kind, dependent_name, via FROM (
    -- a partition below it in another schema: not modelled (a note), and the drop would take it along
    SELECT t.schema_name, t.table_name, t.column_name, 'partition below' AS dependent_kind,
           pn.nspname || '.' || pc.relname AS dependent_name, NULL AS via
      FROM target t
      JOIN pg_catalog.pg_class pc ON pc.oid = t.table_oid
      JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
     WHERE t.below AND pn.nspname <> t.schema_name
    UNION ALL
    -- views, materialized views and rules; a rule on the table itself goes with a dropped table
    SELECT u.schema_name, u.table_name, u.column_name,
           CASE WHEN w.rulename <> '_RETURN' THEN 'rule'
                WHEN v.relkind = 'm' THEN 'materialized view'
                ELSE 'view' END AS dependent_kind,
           CASE WHEN w.rulename <> '_RETURN' THEN vn.nspname || '.' || v.relname || '.' || w.rulename
                ELSE vn.nspname || '.' || v.relname END AS dependent_name, u.via
      FROM uses u
      JOIN pg_catalog.pg_rewrite w ON u.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND w.oid = u.objid
      JOIN pg_catalog.pg_class v ON v.oid = w.ev_class
      JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
     WHERE NOT (u.column_name IS NULL AND v.oid = ANY (u.tree))
    UNION ALL
    -- functions and procedures with an SQL-standard body (a string body records no dependencies)
    SELECT u.schema_name, u.table_name, u.column_name, CASE WHEN p.prokind = 'p' THEN 'procedure' ELSE 'function' END,
           pn.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', u.via
      FROM uses u
      JOIN pg_catalog.pg_proc p ON u.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = u.objid
      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
    UNION ALL
    SELECT u.schema_name, u.table_name, u.column_name, 'foreign key', kn.nspname || '.' || kt.relname || '.' || k.conname, u.via
      FROM uses u
      JOIN pg_catalog.pg_constraint k ON u.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = u.objid
      JOIN pg_catalog.pg_class kt ON kt.oid = k.conrelid
      JOIN pg_catalog.pg_namespace kn ON kn.oid = kt.relnamespace
     WHERE u.drops AND k.contype = 'f' AND NOT (kn.nspname = ANY (?::text[]))
    UNION ALL
    -- policies by table and name, so that one the plan drops first (to create it again after) is known as such
    SELECT u.schema_name, u.table_name, u.column_name, 'policy', pn.nspname || '.' || pt.relname || '.' || p.polname, u.via
      FROM uses u
      JOIN pg_catalog.pg_policy p ON u.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND p.oid = u.objid
      JOIN pg_catalog.pg_class pt ON pt.oid = p.polrelid
      JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
     WHERE NOT (u.column_name IS NULL AND p.polrelid = ANY (u.tree))
    UNION ALL
    -- triggers (a WHEN clause, UPDATE OF columns) by table and name, so that one the plan drops first
    -- (to create it again after) is known as such; a dropped table takes its own along
    SELECT u.schema_name, u.table_name, u.column_name, 'trigger', gn.nspname || '.' || gt.relname || '.' || g.tgname, u.via
      FROM uses u
      JOIN pg_catalog.pg_trigger g ON u.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND g.oid = u.objid
      JOIN pg_catalog.pg_class gt ON gt.oid = g.tgrelid
      JOIN pg_catalog.pg_namespace gn ON gn.oid = gt.relnamespace
     WHERE NOT (u.column_name IS NULL AND g.tgrelid = ANY (u.tree))
    UNION ALL
    -- generated columns computed from it, by table and column, so that one the plan drops first (to
    -- add it again after) is known as such; a dropped table takes its own along
    SELECT u.schema_name, u.table_name, u.column_name, 'generated column', an.nspname || '.' || ac.relname || '.' || a.attname, u.via
      FROM uses u
      JOIN pg_catalog.pg_attrdef ad ON u.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = u.objid
      JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated <> ''
      JOIN pg_catalog.pg_class ac ON ac.oid = ad.adrelid
      JOIN pg_catalog.pg_namespace an ON an.oid = ac.relnamespace
     WHERE NOT (u.column_name IS NULL AND ad.adrelid = ANY (u.tree))
    UNION ALL
    -- anything else (an inheritance child, ...), as PostgreSQL names it
    SELECT u.schema_name, u.table_name, u.column_name, '', pg_catalog.pg_describe_object(u.classid, u.objid, u.objsubid), u.via
      FROM uses u
     WHERE u.classid NOT IN ('pg_catalog.pg_rewrite'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,
                             'pg_catalog.pg_constraint'::pg_catalog.regclass, 'pg_catalog.pg_policy'::pg_catalog.regclass,
                             'pg_catalog.pg_trigger'::pg_catalog.regclass)
       AND NOT (u.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND u.objid = ANY (u.tree))
       -- a dropped table's inheritance child that dibs manages (in the compared schemas, every table
       -- above it too: managed-tables.sql) is the plan's: dropped first, or taken out of the table's
       -- children (NO INHERIT)
       AND NOT (u.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND u.column_name IS NULL AND EXISTS (
                SELECT 1 FROM pg_catalog.pg_class hc
                  JOIN pg_catalog.pg_namespace hn ON hn.oid = hc.relnamespace
                 WHERE hc.oid = u.objid AND hc.relkind = 'r' AND NOT hc.relispartition AND hn.nspname = ANY (?::text[])
                   AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits k WHERE k.inhrelid = hc.oid AND k.inhparent = u.table_oid)
                   AND ${managed_child:hc}))
       AND NOT (u.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND EXISTS (
                SELECT 1 FROM pg_catalog.pg_attrdef ad
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                 WHERE ad.oid = u.objid AND a.attgenerated <> ''))
       -- a dropped table takes what belongs to it along (its policies, its triggers)
       AND NOT (u.column_name IS NULL AND EXISTS (
                SELECT 1 FROM pg_catalog.pg_depend own
                 WHERE own.classid = u.classid AND own.objid = u.objid AND own.deptype IN ('a', 'i')
                   AND own.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                   AND own.refobjid = ANY (u.tree)))
    UNION ALL
    -- an inheritance child dibs does not manage (a managed one the differ refuses itself) that has a
    -- retyped column from a parent outside the retyped table's tree too: PostgreSQL retypes it through
    -- neither ("cannot alter inherited column")
    SELECT c.schema_name, c.table_name, c.column_name, '',
           'table ' || sn.nspname || '.' || sc.relname || ' (it has the column from another parent too: take it out of one)', NULL
      FROM target c
      JOIN pg_catalog.pg_class sc ON sc.oid = c.table_oid
      JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = sc.oid AND a.attnum = c.attnum
     WHERE c.column_name IS NOT NULL AND NOT c.drops AND c.via IS NOT NULL AND NOT sc.relispartition
       AND a.attinhcount > (SELECT count(*) FROM pg_catalog.pg_inherits k
                             WHERE k.inhrelid = sc.oid
                               AND k.inhparent IN (SELECT t.table_oid FROM target t
                                                    WHERE t.schema_name = c.schema_name AND t.table_name = c.table_name
                                                      AND t.column_name = c.column_name))
       AND NOT (sn.nspname = ANY (?::text[]) AND ${managed_child:sc})
) found
 ORDER BY 1, 2, 3, 5
