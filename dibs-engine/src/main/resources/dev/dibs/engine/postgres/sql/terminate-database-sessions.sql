-- Ends the sessions of a database (the parameter) but this one: what DROP DATABASE ... WITH (FORCE)
-- does from PostgreSQL 13 on.
SELECT pg_terminate_backend(pid)
  FROM pg_stat_activity
 WHERE datname = ?
   AND pid <> pg_backend_pid()
