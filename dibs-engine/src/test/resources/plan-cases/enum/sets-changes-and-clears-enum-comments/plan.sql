COMMENT ON TYPE public.changed IS 'New words.';
COMMENT ON TYPE public.cleared IS NULL;
COMMENT ON TYPE public.plain IS 'Now described.';
