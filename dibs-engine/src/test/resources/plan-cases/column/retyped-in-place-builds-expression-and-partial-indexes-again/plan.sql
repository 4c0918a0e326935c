-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN plain TYPE character varying(20) USING plain::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN expr TYPE character varying(20) USING expr::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN part TYPE character varying(20) USING part::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN tagged TYPE public.label2 USING tagged::text::public.label2;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN excl TYPE character varying(20) USING excl::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN bare TYPE character varying(20) USING bare::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN keyed TYPE character varying(20) USING keyed::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN fenced TYPE character varying(20) USING fenced::character varying(20);
