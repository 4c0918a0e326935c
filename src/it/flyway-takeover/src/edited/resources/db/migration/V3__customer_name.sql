ALTER TABLE customers ADD COLUMN name varchar(100);
