-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.tags;
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.reverse_textregexeq(text, text);
