CREATE TABLE regions (code text PRIMARY KEY, id int NOT NULL);
CREATE TABLE offices (id int PRIMARY KEY, region_code text NOT NULL REFERENCES regions (code));
INSERT INTO regions VALUES ('north', 1);
INSERT INTO offices VALUES (1, 'north');
