ALTER OPERATOR public.~<< (text, text) SET (RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel);
COMMENT ON OPERATOR public.~<< (text, text) IS 'after';
