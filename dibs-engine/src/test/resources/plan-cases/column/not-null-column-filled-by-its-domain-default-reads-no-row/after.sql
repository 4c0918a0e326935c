-- a NOT NULL column without a default of its own: PostgreSQL reads the rows to find a null, unless
-- its domain's default fills every row (t.n: nothing read); a domain defaulting to NULL fills none (u.m)
CREATE DOMAIN five AS integer DEFAULT 5;
CREATE DOMAIN nothing AS integer DEFAULT NULL;
CREATE TABLE t (id int PRIMARY KEY, n five NOT NULL);
CREATE TABLE u (id int PRIMARY KEY, m nothing NOT NULL, k integer NOT NULL);
