SELECT best(7)
-- expect: 7
SELECT twice FROM games WHERE id = 1
-- expect: 6
SELECT d FROM doubles WHERE id = 1
-- expect: 6
SELECT halved()
-- expect: 1
SELECT pg_get_function_identity_arguments('doubled'::regproc)
-- expect: s rating
