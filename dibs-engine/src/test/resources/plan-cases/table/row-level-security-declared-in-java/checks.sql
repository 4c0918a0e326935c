SELECT relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname
-- expect: docs true false, drafts true false, ledgers false false, notes true true, secrets true true
