CREATE VIEW public.big AS SELECT t.id,
    t.a
   FROM public.t
  WHERE (t.a > 6);
CREATE OR REPLACE FUNCTION public.total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT sum(big.a) AS sum FROM public.big);
