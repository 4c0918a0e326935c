-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
DROP POLICY both_clauses ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY both_clauses ON public.accounts AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER POLICY checked ON public.accounts WITH CHECK (((balance >= (0)::numeric) AND (owner = CURRENT_USER)));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER POLICY readers ON public.accounts TO dibs_case_reader, dibs_case_writer;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER POLICY writers ON public.accounts WITH CHECK ((balance > (0)::numeric));
