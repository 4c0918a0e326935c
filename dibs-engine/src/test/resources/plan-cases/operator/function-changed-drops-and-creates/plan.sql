-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
-- hazards: CHANGES_BEHAVIOR
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_texticregexeq, LEFTARG = text, RIGHTARG = text);
