-- the session's lock_timeout, to be set again after dibs set its own for statements run outside a transaction
SELECT pg_catalog.current_setting('lock_timeout')
