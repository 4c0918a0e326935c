-- The table a materialized view reads is renamed (a Java rename): the view is rebuilt over the new
-- name with its index, and holds the rows again afterwards.
CREATE TABLE accounts (id int PRIMARY KEY, region text);
CREATE MATERIALIZED VIEW regions AS SELECT region, count(*) AS accounts FROM accounts GROUP BY region;
CREATE UNIQUE INDEX regions_region ON regions (region);
INSERT INTO accounts VALUES (1, 'north'), (2, 'north'), (3, 'south');
REFRESH MATERIALIZED VIEW regions;
