SELECT doubled || '/' || tripled FROM t
-- expect: 40/30
