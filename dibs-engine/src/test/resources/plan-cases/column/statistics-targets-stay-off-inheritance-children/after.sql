-- targets set on the table and on a new column: PostgreSQL would set them on the inheritance
-- child too (ALTER TABLE recurses), which is not dibs's to change
CREATE TABLE posts (id bigint PRIMARY KEY, score integer, body text, rank integer);
ALTER TABLE posts ALTER COLUMN score SET STATISTICS 400;
ALTER TABLE posts ALTER COLUMN body SET STATISTICS 200;
ALTER TABLE posts ALTER COLUMN rank SET STATISTICS 50;
