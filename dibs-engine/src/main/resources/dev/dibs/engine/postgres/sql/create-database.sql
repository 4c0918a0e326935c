-- The statement that creates a database (1st parameter) as a copy of another (2nd), composed by
-- PostgreSQL: both names are bound values, quoted by format's %I, never written into SQL by dibs.
-- The 3rd parameter, true on a server dibs started and discards from PostgreSQL 15 on, copies the
-- template's files (STRATEGY FILE_COPY) rather than writing it all to the WAL (see Databases).
SELECT format('CREATE DATABASE %I TEMPLATE %I', ?::text, ?::text)
       || CASE WHEN ?::boolean THEN ' STRATEGY FILE_COPY' ELSE '' END
