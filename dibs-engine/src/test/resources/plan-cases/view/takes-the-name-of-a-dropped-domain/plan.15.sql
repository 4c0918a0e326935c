DROP DOMAIN public.totals;
CREATE VIEW public.totals AS SELECT sum(games.points) AS points
   FROM public.games;
