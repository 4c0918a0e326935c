SELECT (SELECT q FROM quads) || ' ' || quad(3) || ' ' || yell('hi') || ' ' || (SELECT string_agg(p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', ', ' ORDER BY p.proname) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace)
-- expect: 28 12 HI quad(v integer), tally(OUT n integer), twice(y integer), yell(msg text)
