COMMENT ON FUNCTION public.a() IS 'One.';
COMMENT ON FUNCTION public.b() IS 'Two, it''s said.';
COMMENT ON PROCEDURE public.c() IS NULL;
