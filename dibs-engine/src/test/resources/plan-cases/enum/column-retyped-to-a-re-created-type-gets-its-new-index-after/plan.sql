-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.old_t;
ALTER TYPE public.e0 RENAME TO e0_dibs_old;
CREATE TYPE public.e0 AS ENUM ('b', 'a');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN used TYPE public.e0 USING used::text::public.e0;
DROP TYPE public.e0_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN tags TYPE public.e0[] USING tags::text::text::public.e0[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN kind TYPE public.e0 USING kind::public.e0;
-- hazards: INDEX_BUILD
CREATE INDEX t_kind ON public.t USING btree (kind);
-- hazards: INDEX_BUILD
CREATE INDEX t_tags ON public.t USING gin (tags);
