COMMENT ON DOMAIN public.a IS 'new';
COMMENT ON DOMAIN public.b IS 'it''s changed';
COMMENT ON DOMAIN public.c IS NULL;
