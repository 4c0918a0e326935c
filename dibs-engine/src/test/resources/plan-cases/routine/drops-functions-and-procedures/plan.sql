-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.add_one(x integer);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.cheer(m public.mood);
-- hazards: CHANGES_BEHAVIOR
DROP PROCEDURE public.deposit(IN account_id integer, IN amount numeric);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.first_gone();
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.size(g public.gone);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.gone;
DROP TYPE public.mood;
