def log = new File(basedir, 'build.log').text
// 1 ran in batch mode: plain text; 2 forced colour (-Dstyle.color=always): Maven's styles on the markers
def second = log.indexOf('Scanning for projects', log.indexOf('Scanning for projects') + 1)
def batch = log.substring(0, second)
def colour = log.substring(second)
def esc = '\u001b'
assert batch.contains('    + table public.things')
assert !batch.readLines().findAll { it.contains('dibs') || it.contains('public.things') }.any { it.contains(esc) }
def styled = colour.readLines().find { it.contains('+ table public.things') }
assert styled.endsWith("${esc}[1;32m+ table public.things${esc}[m") : styled
assert log.contains('The database differs from the Java schema (failOnDrift):')
assert log.contains('public.things')
assert log.contains('+ table public.things')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.drift == true
assert json.changes.find { it.kind == 'AddTable' && it.object == 'table public.things' } != null
assert new File(basedir, 'target/dibs/plan.sql').text.contains('CREATE TABLE public.things')
// 3: dibs:migrate applies nothing (there is no migration) and fails on what is left, with its reports written
def third = log.substring(log.lastIndexOf('Scanning for projects'))
assert third.contains('dibs: 0 migrations applied before, 0 pending')
assert third.contains('After migrating, the database still differs from the Java schema:')
assert third.contains('Write a migration for it (mvn dibs:generate -Ddibs.name=...). (failOnDrift)')
assert new File(basedir, 'target/dibs/migrate.log').isFile()
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
return true
