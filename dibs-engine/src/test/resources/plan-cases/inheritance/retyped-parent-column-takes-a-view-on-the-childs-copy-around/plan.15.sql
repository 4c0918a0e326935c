-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.top_favorites_0;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.favorites ALTER COLUMN score DROP DEFAULT, ALTER COLUMN score TYPE bigint USING score::bigint, ALTER COLUMN score SET DEFAULT 0;
CREATE VIEW public.top_favorites_0 AS SELECT favorites_0.id,
    favorites_0.score
   FROM public.favorites_0
  WHERE (favorites_0.score > 10);
