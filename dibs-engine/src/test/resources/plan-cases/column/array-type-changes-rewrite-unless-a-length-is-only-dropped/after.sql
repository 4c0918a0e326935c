-- An array column's type change is computed element by element, so PostgreSQL writes every row where
-- a scalar column's would only change the catalog: a longer varchar, varchar to text and back, a wider
-- numeric, cidr to inet. Only dropping the element's length or precision (same element type) changes
-- nothing stored.
CREATE TABLE t (id int PRIMARY KEY, longer varchar(10)[] NOT NULL, unbounded varchar[] NOT NULL, as_text text[] NOT NULL,
    as_varchar varchar[] NOT NULL, wider numeric(7,2)[] NOT NULL, free numeric[] NOT NULL, stamps timestamp[] NOT NULL,
    nets inet[] NOT NULL);
