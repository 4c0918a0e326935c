-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.twice(x public.amount);
DROP DOMAIN public.amount;
CREATE DOMAIN public.amount AS bigint CONSTRAINT amount_check CHECK ((VALUE > 0));
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.twice(x public.amount)
 RETURNS public.amount
 LANGUAGE sql
 IMMUTABLE
RETURN ((x)::bigint * 2);
