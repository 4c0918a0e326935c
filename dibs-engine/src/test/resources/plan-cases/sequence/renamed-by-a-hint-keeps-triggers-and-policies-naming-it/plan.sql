-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER SEQUENCE public.batch_numbers RENAME TO run_numbers;
