CREATE DOMAIN a AS integer;
COMMENT ON DOMAIN a IS 'new';
CREATE DOMAIN b AS integer;
COMMENT ON DOMAIN b IS 'it''s changed';
CREATE DOMAIN c AS integer;
