-- A kept session handed to its next user as a new one would be, but for the server process's
-- caches (which are the point of keeping it): DISCARD ALL less its DEALLOCATE ALL and DISCARD PLANS,
-- so that the driver's prepared statements stay valid. Settings are set back one by one rather than
-- by RESET ALL, after which the driver prepares every statement again; as RESET ALL does, the
-- transaction's own (isolation, read only, deferrable) are left alone: they end with the transaction,
-- and setting them back to the built-in value fails where a database or role has another default.
-- The application name the session signed in with (the parameter: dibs, or the URL's
-- ApplicationName) is set again, since the driver sets it after signing in. The last query says
-- whether anything is left that this cannot reset (a statement prepared in SQL), in which case the
-- connection is closed rather than kept. Sent in autocommit, after a rollback.
CLOSE ALL;
SET SESSION AUTHORIZATION DEFAULT;
SELECT pg_catalog.set_config(s.name, s.reset_val, false)
  FROM pg_catalog.pg_settings s
 WHERE s.source = 'session'
   AND s.name NOT IN ('session_authorization', 'application_name', 'transaction_isolation', 'transaction_read_only',
                      'transaction_deferrable');
SELECT pg_catalog.set_config('application_name', COALESCE(?::text, ''), false);
UNLISTEN *;
SELECT pg_catalog.pg_advisory_unlock_all();
DISCARD TEMP;
DISCARD SEQUENCES;
SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_prepared_statements p WHERE p.from_sql) AS nothing_left
