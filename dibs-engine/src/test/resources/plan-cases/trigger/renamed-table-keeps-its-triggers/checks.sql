SELECT balance FROM customers
-- expect: 5
