CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE cities (id integer PRIMARY KEY, country text REFERENCES countries (code), name text,
                     shout text GENERATED ALWAYS AS (upper(name)) STORED);
CREATE TABLE visits (at date NOT NULL, city text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX visits_city ON visits (city);
INSERT INTO countries VALUES ('fr', 'France');
INSERT INTO cities VALUES (1, 'fr', 'Paris');
INSERT INTO visits VALUES ('2025-06-01', 'Paris');
