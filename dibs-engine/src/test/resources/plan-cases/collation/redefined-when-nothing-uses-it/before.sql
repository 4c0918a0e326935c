-- PostgreSQL alters no collation's definition: one nothing uses is dropped and created again, which
-- changes how whatever uses it later sorts (CHANGES_BEHAVIOR)
CREATE COLLATION sorting (provider = icu, locale = 'de-DE');
COMMENT ON COLLATION sorting IS 'German';
