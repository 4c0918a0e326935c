CREATE SCHEMA app;
CREATE DOMAIN app.code AS text COLLATE "C" CONSTRAINT code_check CHECK ((VALUE ~ '^[A-Z]+$'::text));
CREATE DOMAIN public."Odd ""Name""" AS character varying(20);
CREATE DOMAIN public.amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT amount_bounded CHECK ((VALUE < (1000000)::numeric)) CONSTRAINT amount_not_negative CHECK ((VALUE >= (0)::numeric));
COMMENT ON DOMAIN public.amount IS 'Money, never negative.';
