-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.positive(v integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(w integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (w > 0);
