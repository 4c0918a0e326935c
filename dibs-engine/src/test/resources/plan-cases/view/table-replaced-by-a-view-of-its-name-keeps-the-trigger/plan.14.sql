-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.notes;
CREATE VIEW public.notes AS SELECT raw_notes.body
   FROM public.raw_notes;
CREATE TRIGGER notes_counted AFTER INSERT ON public.notes FOR EACH STATEMENT EXECUTE FUNCTION public.count_notes();
