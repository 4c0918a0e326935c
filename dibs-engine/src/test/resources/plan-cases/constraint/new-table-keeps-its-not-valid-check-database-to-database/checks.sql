SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM pg_constraint WHERE contype IN ('c', 'f') AND conrelid = 'public.t'::regclass
-- expect: t_a_check false, t_u_fk false
