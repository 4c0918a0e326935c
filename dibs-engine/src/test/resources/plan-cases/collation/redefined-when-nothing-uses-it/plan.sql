DROP COLLATION public.sorting;
-- hazards: CHANGES_BEHAVIOR
CREATE COLLATION public.sorting (provider = icu, locale = 'sv-SE', deterministic = false);
COMMENT ON COLLATION public.sorting IS 'Swedish';
