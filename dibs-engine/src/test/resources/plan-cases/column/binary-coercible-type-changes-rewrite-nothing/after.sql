-- PostgreSQL changes only the catalog where the cast between the two types is binary-coercible and
-- the new type's length no tighter: cidr to inet, xml to text or varchar, bit(n) to bit varying. Written
-- as a direct cast (through text, PostgreSQL would compute every row), and no rewrite or loss said.
-- A length does make PostgreSQL check and write every row: bit(4) to bit varying(6) (nothing lost),
-- bit varying(8) to bit(3) (a longer value would fail).
CREATE TABLE t (id int PRIMARY KEY, net inet NOT NULL, doc text NOT NULL, doc2 varchar NOT NULL, flags bit varying NOT NULL,
    flags2 bit varying(6) NOT NULL, more bit(3) NOT NULL);
