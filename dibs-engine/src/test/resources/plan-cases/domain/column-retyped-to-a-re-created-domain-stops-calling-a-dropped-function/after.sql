-- the domain's base type changes: it is created again. k becomes of the domain and its default,
-- which calls f, goes: f takes the domain, so it goes before the domain is made again, and k's
-- default before f.
CREATE DOMAIN dm AS bigint CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, k dm);
