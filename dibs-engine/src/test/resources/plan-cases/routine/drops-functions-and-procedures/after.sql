CREATE TABLE account (id int PRIMARY KEY, balance numeric NOT NULL);
