CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE DOMAIN small AS smallint CHECK (positive(VALUE));
