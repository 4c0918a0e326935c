INSERT INTO orders (id) VALUES (1)
UPDATE orders SET note = 'n' WHERE id = 1
SELECT updated IS NOT NULL FROM orders WHERE id = 1
-- expect: t
