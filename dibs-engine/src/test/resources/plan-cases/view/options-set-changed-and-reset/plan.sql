-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
ALTER VIEW public.checked SET (check_option=cascaded);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
ALTER VIEW public.guarded RESET (security_barrier);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
ALTER VIEW public.plain SET (security_barrier=true);
