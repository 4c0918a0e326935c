SELECT count(*) FROM pg_views WHERE viewname = 'totals'
-- expect: 1
