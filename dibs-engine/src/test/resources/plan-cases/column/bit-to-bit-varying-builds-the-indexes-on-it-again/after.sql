-- bit(4) to bit varying changes only the catalog, but the column's operator class too (bit_ops to
-- varbit_ops): PostgreSQL builds every index on it again, the unique constraint's among them:
-- INDEX_BUILD. A column without an index changes the catalog alone, and so does varchar to text,
-- whose operator class (text_ops) stays.
CREATE TABLE t (id int PRIMARY KEY, flags bit varying NOT NULL UNIQUE, mask bit varying, plain bit varying, name text);
CREATE INDEX t_mask ON t (mask);
CREATE INDEX t_name ON t (name);
