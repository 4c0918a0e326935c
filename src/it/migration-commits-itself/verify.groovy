def log = new File(basedir, 'build.log').text
assert log.contains('Migration 001_half_committed (com.example.HalfCommitted')
assert log.contains('dibs refused: Statement 2 ended the migration\'s transaction')
assert log.contains('Statements 1\u20132 of migration 001_half_committed were committed by the migration itself; they remain.')
assert !log.contains('nothing of it remains')
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
// migrate.log ends with the same failure: the migration, the statement, and what became of the rollback
def migrateLog = new File(basedir, 'target/dibs/migrate.log').readLines()
def failed = migrateLog.findIndexOf { it.contains('  FAILED Migration 001_half_committed') }
assert failed > 0 : migrateLog.join('\n')
assert migrateLog[failed + 1] == '      COMMIT'
assert migrateLog.last().contains('Statements 1\u20132 of migration 001_half_committed were committed by the migration itself')
return true
