-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY "Writers delete" ON public.accounts AS PERMISSIVE FOR DELETE TO dibs_case_writer USING ((balance = (0)::numeric));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY everyone_reads ON public.accounts AS PERMISSIVE FOR SELECT TO PUBLIC USING ((NOT hidden));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY own_rows ON public.accounts AS RESTRICTIVE FOR ALL TO dibs_case_reader, dibs_case_writer USING ((owner = CURRENT_USER));
COMMENT ON POLICY own_rows ON public.accounts IS 'a role sees only its own rows';
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY writers_insert ON public.accounts AS PERMISSIVE FOR INSERT TO dibs_case_writer WITH CHECK ((balance >= (0)::numeric));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY writers_update ON public.accounts AS PERMISSIVE FOR UPDATE TO dibs_case_writer USING (true) WITH CHECK (((balance >= (0)::numeric) AND (owner = CURRENT_USER)));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
