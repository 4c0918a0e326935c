-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.note_view;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes ADD COLUMN written timestamp without time zone;
CREATE VIEW public.note_view AS SELECT body,
    written,
    stars
   FROM public.notes;
CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON public.note_view FOR EACH ROW EXECUTE FUNCTION public.note_insert();
COMMENT ON TRIGGER note_view_insert ON public.note_view IS 'writes through';
