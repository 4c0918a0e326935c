CREATE UNLOGGED TABLE public.hits (
    id integer NOT NULL,
    CONSTRAINT hits_pkey PRIMARY KEY (id)
) WITH (fillfactor=60);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.counters SET UNLOGGED;
ALTER TABLE public.counters SET (autovacuum_vacuum_scale_factor=0.005, fillfactor=50);
