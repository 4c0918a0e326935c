-- :schema is quoted by the renderer's Sql.name.
CREATE SCHEMA IF NOT EXISTS :schema
