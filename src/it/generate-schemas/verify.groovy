import dev.dibs.maven.it.ItChecks

def dir = new File(basedir, 'src/main/java/com/example/migrations')
def migrations = dir.listFiles().findAll { it.name ==~ /V\d{14}_Init\.java/ }
assert migrations.size() == 1 : "expected one generated init migration, found ${dir.list()}"
def source = migrations[0].text
// the replay had no audit schema before the migration, so the migration creates it
assert source.contains('CREATE SCHEMA audit')
assert source.contains('CREATE TABLE audit.events')
// the space before the line break survives javac (\s); the ? operator is in the SQL as written
assert source.contains("'first\\s\n")
assert source.contains("payload ? 'secret'")

def log = new File(basedir, 'build.log').text
assert !log.contains('does not exist')
assert log.contains('dibs: the database matches the Java schema')
assert log.contains('dibs: check passed: the 1 migrations give exactly the Java schema')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.drift == false
assert json.changes.isEmpty()

def password = new File(basedir, 'target/dibs/postgres/dibs-superuser.password').text.trim()
ItChecks.secretsShowNowhere(basedir.toPath(), password)
return true
