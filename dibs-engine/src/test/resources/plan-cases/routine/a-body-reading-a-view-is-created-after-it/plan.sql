CREATE VIEW public.big AS SELECT id,
    a
   FROM public.t
  WHERE (a > 6);
CREATE OR REPLACE FUNCTION public.total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT sum(big.a) AS sum FROM public.big);
