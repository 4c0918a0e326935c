-- labels removed and one added: the type is created again. k keeps it; its default stops calling g,
-- which the plan drops, and takes a label only the new type has. g does not take the type: the
-- default is taken off before g goes and set again after the conversion (which sets it too).
CREATE TYPE e AS ENUM ('b', 'd');
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'd');
