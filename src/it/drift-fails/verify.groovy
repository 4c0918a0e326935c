def log = new File(basedir, 'build.log').text
assert log.contains('The database differs from the Java schema (failOnDrift):')
assert log.contains('public.things')
assert log.contains('+ table public.things')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.drift == true
assert json.changes.find { it.kind == 'AddTable' && it.object == 'table public.things' } != null
assert new File(basedir, 'target/dibs/plan.sql').text.contains('CREATE TABLE public.things')
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
return true
