SELECT s FROM loud
-- expect: HELLO X
