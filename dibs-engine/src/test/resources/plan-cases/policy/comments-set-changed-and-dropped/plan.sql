COMMENT ON POLICY a ON public."Accounts" IS 'new';
COMMENT ON POLICY "b'quoted" ON public."Accounts" IS 'it''s changed';
COMMENT ON POLICY c ON public."Accounts" IS NULL;
