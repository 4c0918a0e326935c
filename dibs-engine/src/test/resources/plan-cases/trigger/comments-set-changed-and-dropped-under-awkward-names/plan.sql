COMMENT ON TRIGGER "Audit Trail" ON public."Ledger" IS 'it''s new';
COMMENT ON TRIGGER plain ON public."Ledger" IS NULL;
COMMENT ON TRIGGER "select" ON public."Ledger" IS 'new words';
