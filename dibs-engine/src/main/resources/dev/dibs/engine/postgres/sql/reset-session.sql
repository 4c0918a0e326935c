-- A kept session handed to its next user as a new one would be, but for the server process's
-- caches (which are the point of keeping it): DISCARD ALL less its DEALLOCATE ALL and DISCARD PLANS,
-- so that the driver's prepared statements stay valid. Settings are set back one by one rather than
-- by RESET ALL, after which the driver prepares every statement again; the application name the
-- session signed in with (the parameter: dibs, or the URL's ApplicationName) is set again, since the
-- driver sets it after signing in and resetting the settings would clear it. Sent in autocommit,
-- after a rollback.
CLOSE ALL;
SET SESSION AUTHORIZATION DEFAULT;
SELECT pg_catalog.set_config(s.name, s.reset_val, false)
  FROM pg_catalog.pg_settings s
 WHERE s.source = 'session' AND s.name NOT IN ('session_authorization', 'application_name');
SELECT pg_catalog.set_config('application_name', COALESCE(?::text, ''), false);
UNLISTEN *;
SELECT pg_catalog.pg_advisory_unlock_all();
DISCARD TEMP;
DISCARD SEQUENCES
