-- Which migration created a table (the first one stays) and which last changed it; parameters:
-- schema, table, created_by, modified_by. A null leaves that column as it is, and with both null an
-- existing row is not touched at all.
-- Each parameter is an array, one element per row (MetadataStore writes all rows at once).
INSERT INTO :schema.__dibs_tables AS t (schema_name, table_name, created_by, modified_by)
SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
ON CONFLICT (schema_name, table_name) DO UPDATE
   SET created_by = COALESCE(t.created_by, EXCLUDED.created_by),
       modified_by = COALESCE(EXCLUDED.modified_by, t.modified_by)
 WHERE EXCLUDED.created_by IS NOT NULL OR EXCLUDED.modified_by IS NOT NULL
