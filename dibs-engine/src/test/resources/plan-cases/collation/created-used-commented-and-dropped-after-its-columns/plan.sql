CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION public.case_insensitive IS 'ignores case';
CREATE COLLATION public."numeric" (provider = icu, locale = 'en-u-kn-true');
CREATE DOMAIN public.handle AS text COLLATE public.case_insensitive;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.people ADD COLUMN login public.handle;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.people ADD COLUMN code text COLLATE public.plain;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.people ALTER COLUMN name TYPE text USING name::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.people ALTER COLUMN nick TYPE text COLLATE public."numeric" USING nick::text;
-- hazards: INDEX_BUILD
CREATE INDEX people_code_ci ON public.people USING btree (code COLLATE public.case_insensitive);
DROP COLLATION public.german;
COMMENT ON COLLATION public.plain IS 'byte order';
