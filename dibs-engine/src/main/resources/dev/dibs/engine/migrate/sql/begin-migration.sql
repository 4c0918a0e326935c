-- The start of a transactional migration, in one round trip (the driver sends BEGIN with it): the
-- transaction's id, assigned now so that later checks can compare; the session's search_path pinned
-- (a bound value, its schema names quoted by the renderer; false = beyond the transaction); and
-- lock_timeout for this transaction only, when one is configured (a null second parameter keeps
-- the server's).
SELECT pg_catalog.pg_current_xact_id()::text,
       pg_catalog.set_config('search_path', p.search_path, false),
       CASE WHEN p.lock_timeout IS NOT NULL THEN pg_catalog.set_config('lock_timeout', p.lock_timeout, true) END
  FROM (SELECT ?::text AS search_path, ?::text AS lock_timeout) p
