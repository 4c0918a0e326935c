-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.positive VALIDATE CONSTRAINT positive_check;
