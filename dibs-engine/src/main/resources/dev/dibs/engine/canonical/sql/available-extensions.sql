-- Every extension this server can install, and each version it has of it
SELECT name::text, version::text FROM pg_catalog.pg_available_extension_versions
