CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE account (id int PRIMARY KEY, balance numeric NOT NULL);
-- PL/pgSQL, with options
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ BEGIN RETURN x + 1; END $$;
-- overloads by arguments
CREATE FUNCTION label(x integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'n' || x $$;
CREATE FUNCTION label(x text, y text DEFAULT '!') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x || y $$;
-- a SQL body as a string that reads a table: created before the table, checked when called
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(balance), 0) FROM account $$;
-- SQL-standard bodies: parsed on creation, so they wait for the table and the type they use
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql IMMUTABLE RETURN 'happy'::mood;
-- a table's row type in the signature
CREATE FUNCTION doubled(a account) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN a.balance * 2;
CREATE PROCEDURE deposit(account_id integer, amount numeric) LANGUAGE sql
    AS $$ UPDATE account SET balance = balance + amount WHERE id = account_id $$;
COMMENT ON FUNCTION add_one(integer) IS 'Adds one.';
COMMENT ON PROCEDURE deposit(integer, numeric) IS 'Puts money in.';
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION richest() RETURNS integer LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT id FROM account ORDER BY balance DESC LIMIT 1; END;
