-- As sources-table.sql, for a column; parameters: schema, table, column, java_member, source_file,
-- source_line, source_column, doc.
-- Each parameter is an array, one element per row.
INSERT INTO :schema.__dibs_columns (schema_name, table_name, column_name, java_member, source_file, source_line, source_column, doc)
SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::int4[], ?::text[])
ON CONFLICT (schema_name, table_name, column_name) DO UPDATE
   SET java_member = EXCLUDED.java_member, source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line,
       source_column = EXCLUDED.source_column, doc = EXCLUDED.doc
