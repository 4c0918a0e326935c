SELECT pg_catalog.current_setting('server_version_num')::int AS version_num,
       ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_namespace n
              WHERE n.nspname = ANY (?::text[]) ORDER BY 1) AS existing_schemas
