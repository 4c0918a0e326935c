CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE OR REPLACE FUNCTION public.add_one(x integer)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$ BEGIN RETURN x + 1; END $function$;
COMMENT ON FUNCTION public.add_one(x integer) IS 'Adds one.';
CREATE OR REPLACE FUNCTION public.cheer(m public.mood)
 RETURNS public.mood
 LANGUAGE sql
 IMMUTABLE
RETURN 'happy'::public.mood;
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE PROCEDURE public.deposit(IN account_id integer, IN amount numeric)
 LANGUAGE sql
AS $procedure$ UPDATE account SET balance = balance + amount WHERE id = account_id $procedure$;
COMMENT ON PROCEDURE public.deposit(IN account_id integer, IN amount numeric) IS 'Puts money in.';
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.label(x integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'n' || x $function$;
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.label(x text, y text DEFAULT '!'::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x || y $function$;
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(sum(balance), 0) FROM account $function$;
CREATE TABLE public.account (
    id integer NOT NULL,
    balance numeric NOT NULL,
    CONSTRAINT account_pkey PRIMARY KEY (id)
);
CREATE OR REPLACE FUNCTION public.doubled(a public.account)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
RETURN ((a).balance * (2)::numeric);
CREATE OR REPLACE FUNCTION public.richest()
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT account.id
    FROM public.account
   ORDER BY account.balance DESC
  LIMIT 1;
END;
