SELECT customer || ' ' || orders FROM sales ORDER BY customer
-- expect: ann 2, bob 1
