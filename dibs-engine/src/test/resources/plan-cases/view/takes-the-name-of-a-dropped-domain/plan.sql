DROP DOMAIN public.totals;
CREATE VIEW public.totals AS SELECT sum(points) AS points
   FROM public.games;
