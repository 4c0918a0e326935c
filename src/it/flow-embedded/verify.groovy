import dev.dibs.maven.it.ItChecks
import groovy.io.FileType

def migrations = []
new File(basedir, 'src/main/java/com/example/migrations').eachFileMatch(~/V\d{14}_.*\.java/) { migrations << it.name }
assert migrations.size() == 2 : "expected the init and add_invoices migrations, found ${migrations}"
assert migrations.any { it.endsWith('_Init.java') } && migrations.any { it.endsWith('_AddInvoices.java') }
def addInvoices = new File(basedir, 'src/main/java/com/example/migrations').listFiles().find { it.name.endsWith('_AddInvoices.java') }.text
assert addInvoices.contains('CREATE TABLE public.invoices')
assert addInvoices.contains('@Migration("')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.format == 11
assert json.hazards instanceof Map
assert json.drift == false
assert json.changes.isEmpty()
assert new File(basedir, 'target/dibs/diff.md').text.contains('No differences')
assert new File(basedir, 'target/dibs/plan.sql').text.contains('nothing to do')
def migrateLog = new File(basedir, 'target/dibs/migrate.log').text
assert migrateLog.contains('_add_invoices')

def log = new File(basedir, 'build.log').text
assert log.contains('2 applied, 0 pending, 0 changed, 0 missing')
// dibs:status prints one row per migration under a header
def status = log.substring(log.lastIndexOf('2 applied, 0 pending, 0 changed, 0 missing')).readLines()
assert status[1] ==~ /\[INFO\]\s+state\s+id\s+note\s*/
assert status[2] ==~ /\[INFO\]\s+applied\s+\d{14}_init\s*/
assert status[3] ==~ /\[INFO\]\s+applied\s+\d{14}_add_invoices\s*/
// the embedded server's own start/stop chatter stays out of the build log; dibs says which server it uses
assert log.contains('dibs: no database configured (url, DIBS_DATABASE_URL): using the embedded PostgreSQL')
assert !log.contains('postmaster started as') && !log.contains('shut down postmaster')
// The dev database's password never shows: not in the log, not in any report.
def password = new File(basedir, 'target/dibs/postgres/dibs-superuser.password').text.trim()
assert password.length() >= 16
['diff.json', 'diff.md', 'plan.sql', 'migrate.log', 'postgres.log'].each { assert new File(basedir, "target/dibs/${it}").isFile() }
ItChecks.secretsShowNowhere(basedir.toPath(), password)
return true
