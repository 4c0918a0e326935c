-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP POLICY by_active ON public.docs;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP POLICY by_level ON public.docs;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.active_members;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.members DROP COLUMN legacy;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.members ALTER COLUMN level TYPE bigint USING level::bigint;
CREATE VIEW public.active_members AS SELECT members.id
   FROM public.members;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE POLICY by_active ON public.docs AS PERMISSIVE FOR SELECT TO PUBLIC USING ((owner IN ( SELECT active_members.id
   FROM public.active_members)));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE POLICY by_level ON public.docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner IN ( SELECT members.id
   FROM public.members
  WHERE (members.level > 0))));
