def log = new File(basedir, 'build.log').text
assert log.contains('2 dibs parameters are wrong; nothing ran:')
assert log.contains('schemas lists "public" twice: name each schema once, e.g. public,billing')
assert log.contains('lockTimeout = "abc" is not a PostgreSQL duration: write a whole number and a unit (us, ms, s, min, h, d), e.g. 10s, 500ms, 1min, or 0 for no limit')
assert log.contains('migrationsPackage = "../../evil" is not a Java package name: write dot-separated Java identifiers that are not keywords, e.g. com.acme.migrations')
assert log.contains('migrationLockWait = "soon" is not a duration: write e.g. 10m, 30s, 500ms or PT10M.')
assert log.contains('checkDatabase = "postgres:17" is not a database to replay on')
assert !log.contains('dibs: database') : 'no goal got as far as the database'
assert !log.contains('Could not connect')
assert !log.contains('failed unexpectedly')
assert !log.contains('at dev.dibs.') : 'no stack trace for a user mistake'
assert !new File(basedir, 'src/evil').exists() && !new File(basedir, 'evil').exists() : 'generate wrote nothing'
assert !new File(basedir, 'src').exists() : 'nothing under src either'
return true
