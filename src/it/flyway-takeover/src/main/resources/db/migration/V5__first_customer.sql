-- data, as Flyway migrations often carry
INSERT INTO customers (email, name) VALUES ('ada@example.com', 'Ada');
