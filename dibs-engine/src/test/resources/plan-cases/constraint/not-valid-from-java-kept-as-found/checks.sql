SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM pg_constraint WHERE contype IN ('c', 'f') AND connamespace = 'public'::regnamespace
-- expect: users_age_check true, users_org_id_fkey false
