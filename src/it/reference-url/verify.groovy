import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def production = context.get('production')
    def log = new File(basedir, 'build.log').text

    // 1: no reference: the empty Java schema is the desired state, and that is not an error
    assert log.contains('differences between the Java schema and the database:')
    assert log.contains('- table public.customers')

    // 2: the difference, against the reference database, grouped by table; the composite type is a note, not drift
    assert log.contains('dibs: desired state: the reference database jdbc:postgresql://')
    assert log.contains('7 differences between the reference database jdbc:postgresql://')
    assert log.contains("+ enum public.order_status value 'shipped'")
    assert log.contains('- column legacy_code   !! ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA')
    assert log.contains('+ table public.invoices')
    assert log.contains('+ index orders_customer_idx   !! INDEX_BUILD')
    assert log.contains('+ view public.big_orders')
    assert log.contains('composite type public.address: only in the reference')
    assert log.contains('The database differs from the reference database jdbc:postgresql://')
    assert log.contains('dibs:sql with the same referenceUrl shows the DDL that makes it match')
    // 3: refused, nothing applied
    assert log.contains('dibs:sql refused to apply the plan; nothing was applied. 4 statement(s) carry hazards not allowed:')
    assert log.contains('ALTER TABLE ONLY public.customers DROP COLUMN legacy_code   -- [ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA]')
    // 4: applied, statement by statement
    assert log =~ /dibs: applied \d+ statements/
    // 5: nothing left
    assert log.contains('dibs: no differences: the database matches the reference database jdbc:postgresql://')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'

    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
    assert json.drift == false
    assert json.desiredState.startsWith('the reference database jdbc:postgresql://')
    assert json.notManaged.find { it.name == 'address' }?.side == 'ONLY_IN_DESIRED_STATE'
    assert json.notManaged.find { it.name == 'address' }.summary.startsWith('composite type public.address: only in the reference: street text')

    // production now has staging's tables and view, keeps its rows, and did not get the composite type (not managed)
    assert ItServer.column(production, "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum") == ['new,paid,shipped']
    assert ItServer.column(production, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'legacy_code'") == ['0']
    assert ItServer.column(production, "SELECT to_regclass('public.invoices') IS NOT NULL") == ['t']
    assert ItServer.column(production, "SELECT to_regclass('public.big_orders') IS NOT NULL") == ['t']
    assert ItServer.column(production, "SELECT to_regtype('public.address') IS NULL") == ['t']
    assert ItServer.column(production, "SELECT count(*) FROM orders") == ['1']

    // the passwords, passed as -Ddibs.password and -Ddibs.referencePassword, show nowhere
    ['diff.json', 'diff.md', 'plan.sql', 'report.html'].each { assert new File(basedir, "target/dibs/${it}").isFile() }
    assert production.password() != null && production.password().length() >= 16
    ItChecks.secretsShowNowhere(basedir.toPath(), production.password())
    return true
} finally {
    server.close()
}
