ALTER DOMAIN public.score RENAME TO rating;
