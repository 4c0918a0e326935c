SELECT tags[1] FROM t WHERE tags @> '{a}'
-- expect: a
