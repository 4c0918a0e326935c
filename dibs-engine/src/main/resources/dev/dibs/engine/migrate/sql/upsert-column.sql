-- As upsert-table.sql, for a column; parameters: schema, table, column, created_by, modified_by.
-- Each parameter is an array, one element per row.
INSERT INTO :schema.__dibs_columns AS t (schema_name, table_name, column_name, created_by, modified_by)
SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
ON CONFLICT (schema_name, table_name, column_name) DO UPDATE
   SET created_by = COALESCE(t.created_by, EXCLUDED.created_by),
       modified_by = COALESCE(EXCLUDED.modified_by, t.modified_by)
 WHERE EXCLUDED.created_by IS NOT NULL OR EXCLUDED.modified_by IS NOT NULL
