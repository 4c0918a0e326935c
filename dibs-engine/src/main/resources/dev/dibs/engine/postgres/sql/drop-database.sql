-- The statement that drops a database (1st parameter) if it exists, composed by PostgreSQL: the name
-- is a bound value, quoted by format's %I. The 2nd parameter, true from PostgreSQL 13 on, ends the
-- database's other sessions (WITH (FORCE)); before 13, terminate-database-sessions.sql runs first.
SELECT format('DROP DATABASE IF EXISTS %I', ?::text)
       || CASE WHEN ?::boolean THEN ' WITH (FORCE)' ELSE '' END
