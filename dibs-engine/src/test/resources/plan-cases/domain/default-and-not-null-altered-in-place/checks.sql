INSERT INTO items (id) VALUES (2);
SELECT q::text || ',' || COALESCE(l, 'null') || ',' || p FROM items WHERE id = 2;
-- expect: 1,null,2
