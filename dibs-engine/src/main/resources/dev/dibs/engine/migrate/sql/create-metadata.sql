-- dibs's own tables, in the first managed schema (":schema" is replaced by its quoted name).
-- Created only while holding the advisory lock: concurrent CREATE TABLE IF NOT EXISTS of one
-- table can fail on pg_type's unique index.
CREATE TABLE IF NOT EXISTS :schema.__dibs_migrations (
    id text PRIMARY KEY,
    checksum text NOT NULL,
    class_name text NOT NULL,
    description text,
    transactional boolean NOT NULL,
    source_file text,
    source_line integer,
    applied_at timestamptz NOT NULL DEFAULT now(),
    execution_ms bigint NOT NULL,
    applied_by text NOT NULL DEFAULT current_user,
    dibs_version text NOT NULL
);
CREATE TABLE IF NOT EXISTS :schema.__dibs_tables (
    schema_name text NOT NULL,
    table_name text NOT NULL,
    java_class text,
    source_file text,
    source_line integer,
    source_column integer,
    doc text,
    created_by text,
    modified_by text,
    PRIMARY KEY (schema_name, table_name)
);
CREATE TABLE IF NOT EXISTS :schema.__dibs_columns (
    schema_name text NOT NULL,
    table_name text NOT NULL,
    column_name text NOT NULL,
    java_member text,
    source_file text,
    source_line integer,
    source_column integer,
    doc text,
    created_by text,
    modified_by text,
    PRIMARY KEY (schema_name, table_name, column_name)
);
CREATE TABLE IF NOT EXISTS :schema.__dibs_indexes (
    schema_name text NOT NULL,
    table_name text NOT NULL,
    index_name text NOT NULL,
    created_by text,
    modified_by text,
    PRIMARY KEY (schema_name, index_name)
)
