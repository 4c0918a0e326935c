-- a default calling a VOLATILE built-in rewrites the table, whichever it is (current_query and
-- pg_is_in_recovery were missed by a list written by hand); a STABLE one (txid_current, timezone over
-- now) is computed once: nothing
CREATE SEQUENCE tickets;
CREATE TABLE t (id int PRIMARY KEY, q text DEFAULT left(current_query(), 0), r boolean DEFAULT pg_is_in_recovery(),
    x bigint DEFAULT txid_current(), z timestamp DEFAULT timezone('utc', now()), n bigint DEFAULT nextval('tickets'));
