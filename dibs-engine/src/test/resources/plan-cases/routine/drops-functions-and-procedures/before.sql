CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE account (id int PRIMARY KEY, balance numeric NOT NULL);
CREATE TABLE gone (id int PRIMARY KEY);
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN x + 1; END $$;
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql IMMUTABLE RETURN 'happy'::mood;
CREATE FUNCTION size(g gone) RETURNS integer LANGUAGE sql RETURN 1;
CREATE PROCEDURE deposit(account_id integer, amount numeric) LANGUAGE sql
    AS $$ UPDATE account SET balance = balance + amount WHERE id = account_id $$;
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION first_gone() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT min(id) FROM gone; END;
