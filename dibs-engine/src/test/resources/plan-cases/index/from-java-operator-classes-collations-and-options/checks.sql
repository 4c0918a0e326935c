SELECT pg_get_indexdef('accounts_ref_unique'::regclass)
-- expect: CREATE UNIQUE INDEX accounts_ref_unique ON public.accounts USING btree (ref) NULLS NOT DISTINCT WITH (fillfactor='70')
SELECT pg_get_indexdef('accounts_ip'::regclass)
-- expect: CREATE INDEX accounts_ip ON public.accounts USING gist (ip inet_ops)
