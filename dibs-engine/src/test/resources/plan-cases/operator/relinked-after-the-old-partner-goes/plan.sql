-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.<~~ (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~~> (text, text);
CREATE OPERATOR public.~~~> (FUNCTION = public.longer, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.<~~));
-- hazards: CHANGES_BEHAVIOR
CREATE OPERATOR public.<~~ (FUNCTION = public.shorter, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.~~~>));
-- hazards: CHANGES_BEHAVIOR
CREATE OPERATOR public.~~> (FUNCTION = public.longer, LEFTARG = text, RIGHTARG = text);
