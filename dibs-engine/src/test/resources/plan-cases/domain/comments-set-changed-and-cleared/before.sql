CREATE DOMAIN a AS integer;
CREATE DOMAIN b AS integer;
COMMENT ON DOMAIN b IS 'old words';
CREATE DOMAIN c AS integer;
COMMENT ON DOMAIN c IS 'going';
