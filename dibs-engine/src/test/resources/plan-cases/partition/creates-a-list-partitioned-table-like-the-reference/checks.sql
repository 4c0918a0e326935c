SELECT pg_get_partkeydef('app.visits'::regclass);
-- expect: LIST (trackable_type)
SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'app.visits'::regclass ORDER BY 1;
-- expect: visits_posts FOR VALUES IN ('Post'), visits_users FOR VALUES IN ('User', 'Member')
