CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at date NOT NULL,
    region text NOT NULL,
    note text
) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.z_events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE public.a_events_eu PARTITION OF public.z_events_2024 FOR VALUES IN ('eu');
CREATE TABLE public.events_2024_rest PARTITION OF public.z_events_2024 DEFAULT PARTITION BY HASH (id);
CREATE TABLE public.events_2024_rest_0 PARTITION OF public.events_2024_rest FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE public.events_2024_rest_1 PARTITION OF public.events_2024_rest FOR VALUES WITH (modulus 2, remainder 1);
CREATE INDEX events_note_idx ON public.events USING btree (note);
