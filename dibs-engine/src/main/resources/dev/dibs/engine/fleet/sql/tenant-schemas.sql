-- The schemas matching any of the LIKE patterns (? is a text[]), system schemas left out, by name.
SELECT n.nspname
FROM pg_catalog.pg_namespace n
WHERE n.nspname LIKE ANY (?::text[])
  AND n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
ORDER BY n.nspname COLLATE "C"
