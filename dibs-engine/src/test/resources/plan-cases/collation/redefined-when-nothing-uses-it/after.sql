CREATE COLLATION sorting (provider = icu, locale = 'sv-SE', deterministic = false);
COMMENT ON COLLATION sorting IS 'Swedish';
