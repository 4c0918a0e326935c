SELECT total()
-- expect: 7
