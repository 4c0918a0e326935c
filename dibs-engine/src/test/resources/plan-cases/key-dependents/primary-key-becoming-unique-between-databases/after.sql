CREATE TABLE regions (code text NOT NULL CONSTRAINT regions_code_key UNIQUE, id int PRIMARY KEY);
CREATE TABLE offices (id int PRIMARY KEY, region_code text NOT NULL REFERENCES regions (code));
