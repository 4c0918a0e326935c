-- As sources-table.sql, for a column; parameters: schema, table, column, java_member, source_file,
-- source_line, source_column, doc.
INSERT INTO :schema.__dibs_columns (schema_name, table_name, column_name, java_member, source_file, source_line, source_column, doc)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (schema_name, table_name, column_name) DO UPDATE
   SET java_member = EXCLUDED.java_member, source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line,
       source_column = EXCLUDED.source_column, doc = EXCLUDED.doc
