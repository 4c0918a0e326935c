SELECT display_name || price FROM catalog_items JOIN orders ON orders.product_id = catalog_items.id
-- expect: Widget5
