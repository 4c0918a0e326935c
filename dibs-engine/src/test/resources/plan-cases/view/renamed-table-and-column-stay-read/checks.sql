SELECT balance FROM positive
-- expect: 5
SELECT total FROM totals
-- expect: 5
