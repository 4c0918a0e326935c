def log = new File(basedir, 'build.log').text
// the last invocation ran the drop
assert log.contains('ALTER TABLE public.things DROP COLUMN legacy')
assert log.contains('dibs: applied 1 statements')
return true
