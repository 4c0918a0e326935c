-- hazards: CHANGES_BEHAVIOR
ALTER FUNCTION public.day_of(t timestamp with time zone) RENAME TO utc_day;
