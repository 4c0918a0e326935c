def log = new File(basedir, 'build.log').text

// migrate: one order for SQL files and the @Migration class; V4 (only CREATE INDEX CONCURRENTLY) outside a transaction
def started = log.readLines().findAll { it =~ /\[\d\/4\] / }.collect { it.replaceAll(/.*\[(\d)\/4\] /, '$1 ') }
def order = ['1 V1', '2 V2', '3 3_add_published', '4 V4 (not transactional)']
assert started == order + order : started // dibs:migrate, then dibs:check's replay from zero
assert log.contains('dibs: applied 4 migrations')
assert log.contains('dibs: the database matches the Java schema')

// status lists them applied, in that order
def status = log.substring(log.indexOf('4 applied, 0 pending, 0 changed, 0 missing')).readLines()
assert status[2] ==~ /\[INFO\]\s+applied\s+V1\s*/
assert status[3] ==~ /\[INFO\]\s+applied\s+V2\s*/
assert status[4] ==~ /\[INFO\]\s+applied\s+3_add_published\s*/
assert status[5] ==~ /\[INFO\]\s+applied\s+V4\s*/

// check replays all four from zero; the second migrate finds nothing to do
assert log.contains('dibs: check passed: the 4 migrations give exactly the Java schema')
assert log.contains('dibs: applied 0 migrations') && log.contains('(4 applied before)')

// generate replays them as well, and finds nothing to write
assert log.contains('[INFO] dibs: nothing to generate: the 4 existing migrations already give the Java schema.')
assert new File(basedir, 'src/main/java/com/example/migrations').list().toList() == ['AddPublished.java']
return true
