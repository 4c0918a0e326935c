CREATE UNLOGGED TABLE public.scratch (
    id integer NOT NULL,
    CONSTRAINT scratch_pkey PRIMARY KEY (id)
) WITH (fillfactor=60);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.cache SET LOGGED;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.sessions SET UNLOGGED;
ALTER TABLE public.cache RESET (fillfactor);
ALTER TABLE public.events SET (fillfactor=70, toast.autovacuum_enabled=false);
ALTER TABLE public.events RESET (autovacuum_enabled);
ALTER TABLE public.sessions SET (autovacuum_vacuum_scale_factor=0.005);
