-- the column's sequence is owned by accounts.legacy; once the table is renamed, the plan still drops it with the column
CREATE TABLE accounts (id int PRIMARY KEY, legacy bigserial, balance int);
INSERT INTO accounts (id, balance) VALUES (1, 5);
