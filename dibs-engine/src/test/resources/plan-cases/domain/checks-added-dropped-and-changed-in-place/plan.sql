ALTER DOMAIN public.percent DROP CONSTRAINT percent_high;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_high CHECK ((VALUE < 100)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.percent VALIDATE CONSTRAINT percent_high;
ALTER DOMAIN public.percent DROP CONSTRAINT percent_even;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_nonzero CHECK ((VALUE <> 0)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.percent VALIDATE CONSTRAINT percent_nonzero;
