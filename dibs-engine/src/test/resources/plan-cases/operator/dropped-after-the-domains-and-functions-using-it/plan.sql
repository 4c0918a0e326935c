ALTER DOMAIN public.kept_tag SET DEFAULT 'none'::text;
ALTER DOMAIN public.kept_tag DROP CONSTRAINT kept_tag_pattern;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.kept_a(t text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (t ~ '^a'::text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.gone_a(t text);
DROP DOMAIN public.gone_tag;
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.reverse_textregexeq(text, text);
