ALTER DOMAIN public.percent DROP CONSTRAINT percent_high;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.percent ADD CONSTRAINT percent_high CHECK ((VALUE < 100));
ALTER DOMAIN public.percent DROP CONSTRAINT percent_even;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.percent ADD CONSTRAINT percent_nonzero CHECK ((VALUE <> 0));
