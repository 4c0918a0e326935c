CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);
CREATE VIEW "Set" AS SELECT id FROM accounts;
CREATE VIEW changed AS SELECT id FROM accounts;
CREATE VIEW dropped AS SELECT id FROM accounts;
COMMENT ON VIEW changed IS 'before';
COMMENT ON VIEW dropped IS 'going';
