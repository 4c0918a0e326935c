-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites RENAME COLUMN user_id TO account_id;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.favorites ALTER COLUMN id TYPE bigint USING id::bigint;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.favorites ALTER COLUMN account_id TYPE bigint USING account_id::bigint;
