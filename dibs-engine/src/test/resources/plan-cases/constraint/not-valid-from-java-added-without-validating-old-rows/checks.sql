SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM pg_constraint WHERE contype IN ('c', 'f') AND connamespace = 'public'::regnamespace
-- expect: badges_rank_check false, users_age_check false, users_org_id_fkey false, users_org_id_region_fkey false
