def log = new File(basedir, 'build.log').text
assert log.contains('dibs: check passed: the 1 migrations give exactly the Java schema')
assert log.contains('dibs: the database matches the Java schema')
assert new File(basedir, 'app/target/dibs/migrate.log').text.contains('001_customers')
return true
