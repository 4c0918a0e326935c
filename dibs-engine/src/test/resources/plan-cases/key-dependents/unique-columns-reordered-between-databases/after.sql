CREATE TABLE pairs (a int NOT NULL, b int NOT NULL, CONSTRAINT pairs_key UNIQUE (b, a));
CREATE TABLE links (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL,
    CONSTRAINT links_pair_fkey FOREIGN KEY (a, b) REFERENCES pairs (a, b));
