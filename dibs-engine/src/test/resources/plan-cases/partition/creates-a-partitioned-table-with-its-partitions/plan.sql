CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at date NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE INDEX events_kind_idx ON public.events USING btree (kind);
