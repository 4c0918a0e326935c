-- Where the Java schema declares a table, and its doc comment; parameters: schema, table,
-- java_class, source_file, source_line, source_column, doc. Replaced whole on every run.
-- Each parameter is an array, one element per row (MetadataStore writes all rows at once).
INSERT INTO :schema.__dibs_tables (schema_name, table_name, java_class, source_file, source_line, source_column, doc)
SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::int4[], ?::text[])
ON CONFLICT (schema_name, table_name) DO UPDATE
   SET java_class = EXCLUDED.java_class, source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line,
       source_column = EXCLUDED.source_column, doc = EXCLUDED.doc
