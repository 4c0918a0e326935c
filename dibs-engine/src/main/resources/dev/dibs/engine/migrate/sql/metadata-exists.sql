-- Whether dibs's migration history exists in the metadata schema (the name is bound, quoted: "schema".__dibs_migrations).
SELECT pg_catalog.to_regclass(?) IS NOT NULL
