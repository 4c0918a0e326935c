import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def db = context.get('database')
    def log = new File(basedir, 'build.log').text

    // 1: Flyway applied V1..V5
    assert log.contains('Successfully applied 5 migrations to schema "public", now at version v5')
    // 2: before dibs ever ran here, status reads Flyway's history: nothing to do by hand
    assert log.contains('dibs: 5 applied, 1 pending, 0 changed, 0 missing')
    ['V1', 'V2', 'V3', 'V4', 'V5'].each { v -> assert log =~ /applied\s+${v}\s+\(from Flyway\)/ }
    assert log =~ /pending\s+V6\s/
    // 3: only V6 ran, and the database is the Java schema
    assert log.contains('dibs: applied 1 migrations in')
    assert log.contains('(5 applied before)')
    assert log.contains('dibs: the database matches the Java schema')
    // 4: the replay of V1..V6 gives the Java schema
    assert log.contains('dibs: check passed: the 6 migrations give exactly the Java schema')
    // 5: V3 edited after Flyway applied it: reported as Flyway reports it, nothing ran
    assert log =~ /applied\s+V3\s+CHANGED since it was applied/
    assert log.contains('Migration checksum mismatch for migration version 3')
    assert log.contains('-> Applied to database : ')
    assert log.contains('-> Resolved locally    : ')
    assert log.contains('Either revert the changes to the migration, or run repair to update the schema history.')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'

    // Flyway's table is exactly as Flyway left it: dibs never writes it; dibs recorded V6 only, with Flyway's checksum form
    assert ItServer.column(db, "SELECT string_agg(version || ' ' || type || ' ' || success, ', ' ORDER BY installed_rank)"
            + " FROM flyway_schema_history") == ['1 SQL true, 2 SQL true, 3 SQL true, 4 SQL true, 5 SQL true']
    assert ItServer.column(db, "SELECT id FROM __dibs_migrations") == ['V6']
    assert ItServer.column(db, "SELECT checksum ~ '^flyway:-?[0-9]+\$' FROM __dibs_migrations") == ['t']
    assert ItServer.column(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'") == ['1']
    assert ItServer.column(db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'name'") == ['text']
    assert ItServer.column(db, "SELECT count(*) FROM customers") == ['1']

    ItChecks.secretsShowNowhere(basedir.toPath(), db.password())
} finally {
    server?.close()
}
return true
