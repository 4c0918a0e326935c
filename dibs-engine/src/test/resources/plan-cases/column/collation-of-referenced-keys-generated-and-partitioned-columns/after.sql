-- a referenced key's collation: its index is built again, and so are the foreign keys' checks that
-- PostgreSQL makes again; a generated column reading a column whose collation changes is made again
-- (PostgreSQL retypes no column one reads); a partitioned table's index on it is built again on each partition
CREATE TABLE countries (code text COLLATE "C" PRIMARY KEY, name text NOT NULL);
CREATE TABLE cities (id integer PRIMARY KEY, country text COLLATE "C" REFERENCES countries (code), name text COLLATE "POSIX",
                     shout text GENERATED ALWAYS AS (upper(name)) STORED);
CREATE TABLE visits (at date NOT NULL, city text COLLATE "C" NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX visits_city ON visits (city);
