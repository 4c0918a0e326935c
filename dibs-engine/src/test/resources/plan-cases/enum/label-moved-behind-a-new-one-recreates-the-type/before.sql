-- [c, a, d] -> [b, c, d, a]: c and a keep their order, but a must now follow d, which PostgreSQL
-- cannot do in place (found by the property test, seeds 6814551325953135873 / -7942581975400381439).
CREATE TYPE e0 AS ENUM ('c', 'a', 'd');
CREATE TABLE t (id int PRIMARY KEY, v e0 NOT NULL);
