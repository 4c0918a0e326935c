SELECT pg_catalog.current_setting('server_version_num')::int AS version_num,
       ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_namespace n
              WHERE n.nspname = ANY (?::text[]) ORDER BY 1) AS existing_schemas,
       -- every extension but the built-in plpgsql, in creation order (so one another needs comes
       -- first), with its schema: a scratch database creates them before the desired schema
       ARRAY(SELECT e.extname::text FROM pg_catalog.pg_extension e WHERE e.extname <> 'plpgsql' ORDER BY e.oid) AS extension_names,
       ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
              WHERE e.extname <> 'plpgsql' ORDER BY e.oid) AS extension_schemas,
       -- and its version: created at the same one there, a plan proposes no update nobody asked for
       ARRAY(SELECT e.extversion::text FROM pg_catalog.pg_extension e WHERE e.extname <> 'plpgsql' ORDER BY e.oid) AS extension_versions,
       -- the tables of the inspected schemas but partitions (history tables and the like too): enough
       -- for an inspection to decide, before it reads them, whether a second connection pays for itself
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition)::int AS table_count
