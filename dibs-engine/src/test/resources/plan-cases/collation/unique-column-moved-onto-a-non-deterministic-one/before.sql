-- a unique column moved onto a collation that is not deterministic: its key is built again under the
-- new equality, which rows differing only in case would fail (VALIDATES_EXISTING_ROWS), and = now
-- matches what it did not (CHANGES_BEHAVIOR); a plain column moved back off one changes behaviour too
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL UNIQUE, nick text COLLATE case_insensitive);
INSERT INTO accounts VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'BOB');
