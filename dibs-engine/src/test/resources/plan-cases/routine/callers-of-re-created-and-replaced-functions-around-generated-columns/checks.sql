SELECT p || ' ' || q FROM t WHERE id = 2
-- expect: 40 202
SELECT total()
-- expect: 403
