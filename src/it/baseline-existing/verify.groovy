import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def production = context.get('production')
    def staging = context.get('staging')
    def log = new File(basedir, 'build.log').text

    // 1: refused, listing the difference as dibs:diff words it; nothing written then (the only baseline file is step 2's)
    assert log.contains('does not match the Java schema, so it cannot be baselined; nothing was written or recorded. 1 difference')
    assert log.contains('[ERROR]   public.customers\n[ERROR]     + column phone text\n')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'

    // 2: one baseline file, and the ordinary migration of step 7
    def dir = new File(basedir, 'src/main/java/com/example/migrations')
    def files = dir.listFiles().collect { it.name }.sort()
    assert files.size() == 2 : "expected the baseline and add_phone, found ${files}"
    def baselineFile = files.find { it ==~ /V\d{14}_Baseline\.java/ }
    assert baselineFile != null : "no baseline in ${files}"
    def baseline = new File(dir, baselineFile).text
    assert baseline.contains('CREATE TABLE public.customers') && baseline.contains('CREATE TABLE public.orders')
    def id = (baseline =~ /@Migration\("(\d{14}_baseline)"\)/)[0][1]
    assert log.contains("wrote src/main/java/com/example/migrations/${baselineFile} and recorded ${id} as applied there, without running it")

    // 3: applied, not changed
    assert log.contains('dibs: 1 applied, 0 pending, 0 changed, 0 missing')
    assert log =~ /\[INFO\]\s+applied\s+${id}\s*\n/
    // 4: the baseline replays to exactly the Java schema
    assert log.contains('dibs: check passed: the 1 migrations give exactly the Java schema')
    // 5: again: nothing
    assert log.contains("dibs: the database already records the baseline ${id}; nothing changed.")
    // 6: staging gets the project's baseline, no new file
    assert log.contains("recorded the project's baseline ${id} (com.example.migrations.${baselineFile - '.java'}) as applied there")
    assert ItServer.column(staging, 'SELECT id FROM __dibs_migrations') == [id]
    // 7: the next change is an ordinary migration; 8: migrate ran only it, on data that was never re-created
    def addPhone = files.find { it.endsWith('_AddPhone.java') }
    assert addPhone != null
    assert new File(dir, addPhone).text.contains('ALTER TABLE public.customers ADD COLUMN phone text')
    assert log.contains('dibs: applied 1 migrations in')
    assert log.contains('(1 applied before)')
    assert log.contains('dibs: 2 applied, 0 pending, 0 changed, 0 missing')
    def rows = ItServer.column(production, 'SELECT id || \' \' || execution_ms FROM __dibs_migrations ORDER BY id')
    assert rows.size() == 2 && rows[0] == "${id} 0".toString() && rows[1].contains('_add_phone ')
    assert ItServer.column(production, 'SELECT count(*) FROM customers') == ['2']
    assert ItServer.column(production, 'SELECT count(*) FROM orders') == ['1']
    assert ItServer.column(production, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'phone'") == ['1']

    ItChecks.secretsShowNowhere(basedir.toPath(), production.password())
    return true
} finally {
    server.close()
}
