CREATE TABLE pairs (a int NOT NULL, b int NOT NULL, CONSTRAINT pairs_key UNIQUE (a, b));
CREATE TABLE links (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL,
    CONSTRAINT links_pair_fkey FOREIGN KEY (a, b) REFERENCES pairs (a, b));
INSERT INTO pairs VALUES (1, 2);
INSERT INTO links VALUES (1, 1, 2);
