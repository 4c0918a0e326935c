SELECT relname || ' ' || relispopulated FROM pg_class WHERE relkind = 'm' ORDER BY relname
-- expect: later false, sales true
SELECT count(*) FROM sales
-- expect: 2
