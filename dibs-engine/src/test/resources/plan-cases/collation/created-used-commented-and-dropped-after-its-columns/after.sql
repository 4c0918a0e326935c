CREATE COLLATION plain (provider = libc, locale = 'C');
COMMENT ON COLLATION plain IS 'byte order';
CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION case_insensitive IS 'ignores case';
CREATE DOMAIN handle AS text COLLATE case_insensitive;
CREATE TABLE people (id integer PRIMARY KEY, name text, nick text COLLATE numeric, login handle, code text COLLATE plain);
CREATE INDEX people_code_ci ON people (code COLLATE case_insensitive);
