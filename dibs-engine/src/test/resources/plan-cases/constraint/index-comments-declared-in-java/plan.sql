ALTER INDEX public.t_d_old RENAME TO t_d_idx;
-- hazards: INDEX_BUILD
CREATE INDEX t_id_a_idx ON public.t USING btree (id, a);
COMMENT ON INDEX public.t_id_a_idx IS 'it''s new';
COMMENT ON INDEX public.t_a_idx IS 'now described';
COMMENT ON INDEX public.t_b_idx IS 'new words';
COMMENT ON INDEX public.t_c_idx IS NULL;
COMMENT ON INDEX public.t_d_idx IS 'renamed, then described';
