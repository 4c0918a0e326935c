COMMENT ON VIEW public."Set" IS 'it''s new';
COMMENT ON VIEW public.changed IS 'after';
COMMENT ON VIEW public.dropped IS NULL;
