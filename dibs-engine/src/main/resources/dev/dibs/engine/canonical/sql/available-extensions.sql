SELECT name::text FROM pg_catalog.pg_available_extensions
