-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN n TYPE integer USING n::integer;
DROP DOMAIN public.small_int;
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (integer, integer);
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.int_under(integer, integer);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.text_under(text, text);
