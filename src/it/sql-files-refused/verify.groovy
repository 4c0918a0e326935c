def log = new File(basedir, 'build.log').text
assert log.contains('The SQL files under dibs/ have 1 problem:')
assert log =~ /dibs\/schema\.sql line 4 \(in [^)]*target[\/\\]classes\): "DO \$\$ BEGIN EXECUTE 'DROP TABLE articles'; END \$\$" runs code/
assert !log.contains('at dev.dibs.') : 'no stack trace for a user mistake'
// refused while loading the schema: no migration was written
assert !new File(basedir, 'src/main/java/com/example/migrations').exists()
return true
