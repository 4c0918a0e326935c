-- As upsert-table.sql, for an index; parameters: schema, table, index, created_by, modified_by.
-- An index name is unique in its schema, so the table is not part of the key.
-- Each parameter is an array, one element per row.
INSERT INTO :schema.__dibs_indexes AS t (schema_name, table_name, index_name, created_by, modified_by)
SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
ON CONFLICT (schema_name, index_name) DO UPDATE
   SET created_by = COALESCE(t.created_by, EXCLUDED.created_by),
       modified_by = COALESCE(EXCLUDED.modified_by, t.modified_by)
 WHERE EXCLUDED.created_by IS NOT NULL OR EXCLUDED.modified_by IS NOT NULL
