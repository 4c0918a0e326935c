-- hazards: CHANGES_BEHAVIOR
ALTER FUNCTION public.slug(t text) RENAME TO make_slug;
-- hazards: CHANGES_BEHAVIOR
ALTER FUNCTION public.stamp() RENAME TO touch_seen;
-- hazards: CHANGES_BEHAVIOR
ALTER PROCEDURE public.forget(IN days integer) RENAME TO purge;
