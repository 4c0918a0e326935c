CREATE SCHEMA app;
CREATE DOMAIN amount AS numeric(12,2) DEFAULT 0 NOT NULL
    CONSTRAINT amount_not_negative CHECK (VALUE >= 0)
    CONSTRAINT amount_bounded CHECK (VALUE < 1000000);
COMMENT ON DOMAIN amount IS 'Money, never negative.';
CREATE DOMAIN app.code AS text COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
CREATE DOMAIN "Odd ""Name""" AS varchar(20);
