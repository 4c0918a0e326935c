-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.users DROP COLUMN nickname;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.users ADD COLUMN nick text;
-- suggestion: column public.users.nick looks like a rename of public.users.nickname: add @RenamedFrom("nickname") to the member of column nick to rename it and keep its data
