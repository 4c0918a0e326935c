-- The schemas of a new scratch database that the role building it must own: public and those the
-- extensions were created in (by the superuser), so that it may create, rename and use objects there.
SELECT n.nspname::text
  FROM pg_catalog.pg_namespace n
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
 ORDER BY 1
