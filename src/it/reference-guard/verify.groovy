import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def production = context.get('production')
    def log = new File(basedir, 'build.log').text
    def refusal = 'foreign key orders_customer_fkey on public.orders: MATCH FULL is not reproduced: dibs would create it with'

    // 1: dibs:diff says it as drift, and failOnDrift fails with it in the summary
    assert log.contains('beyond the plan (dibs cannot make these right; the plan is not applied):')
    assert log.contains(refusal)
    assert log.contains('The database differs from the reference database jdbc:postgresql://')
    // 2: dibs:sql -Ddibs.apply refuses before anything runs, naming object and aspect
    assert log.contains('dibs:sql refused to apply the plan; nothing was applied. The database differs from the reference'
            + ' database jdbc:postgresql://')
    assert log.contains('Make those objects right by hand or in a migration (or change the desired state), then plan again.')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'

    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
    assert json.format == 11
    assert json.drift == true
    assert json.unreproducible.size() == 1 && json.unreproducible[0].startsWith(refusal)
    assert new File(basedir, 'target/dibs/plan.sql').text.contains('-- NOT TO BE APPLIED: dibs cannot make the database match')
    assert new File(basedir, 'target/dibs/diff.md').text.contains('## Beyond the plan')

    // nothing ran: neither table
    assert ItServer.column(production, "SELECT to_regclass('public.notes') IS NULL") == ['t']
    assert ItServer.column(production, "SELECT to_regclass('public.orders') IS NULL") == ['t']
    ItChecks.secretsShowNowhere(basedir.toPath(), production.password())
    return true
} finally {
    server.close()
}
