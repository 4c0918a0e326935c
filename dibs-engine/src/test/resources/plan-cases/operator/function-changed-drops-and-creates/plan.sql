-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_texticregexeq, LEFTARG = text, RIGHTARG = text);
