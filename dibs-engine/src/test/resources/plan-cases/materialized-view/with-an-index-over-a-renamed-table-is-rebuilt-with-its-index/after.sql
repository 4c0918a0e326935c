CREATE MATERIALIZED VIEW regions AS SELECT region, count(*) AS accounts FROM customers GROUP BY region;
CREATE UNIQUE INDEX regions_region ON regions (region);
