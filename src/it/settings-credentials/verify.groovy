import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def app = context.get('app')
    def log = new File(basedir, 'build.log').text

    // 1 and 2: connected as the settings.xml user, migrated, no drift
    assert log.contains('dibs: database jdbc:postgresql://')
    assert log.contains('(user app_owner)')
    assert log.contains('1 applied, 0 pending, 0 changed, 0 missing')
    assert log.contains('dibs: no differences: the database matches the Java schema')
    assert ItServer.column(app, "SELECT tableowner FROM pg_tables WHERE tablename = 'accounts'") == ['app_owner']
    assert ItServer.column(app, "SELECT count(*) FROM public.__dibs_migrations") == ['1']

    // 3: the stale password fails once, clearly, naming the user and what to fix
    def failure = log.substring(log.lastIndexOf('[ERROR] Failed to execute goal'))
    assert failure.contains('Could not connect to PostgreSQL at jdbc:postgresql://') : failure
    assert failure.contains('password authentication failed for user "app_owner" (SQLSTATE 28P01)') : failure
    assert failure.contains('(credentials from the settings.xml server "app-db-stale")') : failure
    assert !failure.contains('unexpectedly') : failure
    assert !log.contains('at dev.dibs.') : 'no stack trace for a user mistake'

    // neither password shows anywhere
    ItChecks.secretsShowNowhere(basedir.toPath(), 'app-owner-Secret-8731', 'not-the-password')
    return true
} finally {
    server.close()
}
