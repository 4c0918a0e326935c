-- 6 is the most fractional digits a timestamp, time or interval keeps: a precision raised, or set to
-- 6 where there was none (timestamp to timestamp(6), as Rails 7 migrations write it), changes only
-- the catalog; a lower one rounds every value (a rewrite, data lost)
CREATE TABLE t (id int PRIMARY KEY, created_at timestamp(6) NOT NULL, seen timestamptz(6), at_time time, took interval(6), cut timestamp(2));
