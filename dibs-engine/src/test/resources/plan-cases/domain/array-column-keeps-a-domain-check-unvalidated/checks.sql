SELECT public.f(2)
-- expect: 6
