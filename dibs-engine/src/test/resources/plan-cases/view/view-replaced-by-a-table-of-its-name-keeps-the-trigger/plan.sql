-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.notes;
CREATE TABLE public.notes (
    body text
);
CREATE TRIGGER notes_counted AFTER INSERT ON public.notes FOR EACH STATEMENT EXECUTE FUNCTION public.count_notes();
