-- The schemas of a new scratch database, other than public, that the role building it must own: those
-- the extensions were created in (by the superuser), so that it may create, rename and use objects
-- there. public stays as it is: from PostgreSQL 15 on its owner is pg_database_owner, which the
-- database's owner is, and its privileges are compared with the target's as they are.
SELECT n.nspname::text
  FROM pg_catalog.pg_namespace n
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public')
 ORDER BY 1
