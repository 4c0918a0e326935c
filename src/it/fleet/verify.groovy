import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def log = new File(basedir, 'build.log').text
    // 1, 2: the shops
    assert log.contains('dibs: fleet of 2 targets on 1 servers')
    assert log =~ /dibs: \[\d done · 0 failed · \d running · 0 waiting\] localhost:\d+\/shop\S* done in \d+ ms \(ran 1, at 001_accounts\)/
    assert log.contains('dibs: targets at each migration: 001_accounts ×2')
    // 3: tenants, each told its tenant, then compared with the Java schema (failOnDrift)
    assert log.contains('dibs: fleet of 3 targets on 1 servers (tenant schemas)')
    ['tenant_a', 'tenant_b', 'tenant_c'].each { t ->
        assert log =~ /#${t} done in \d+ ms \(ran 1, at 001_accounts, no drift\)/
    }
    // 4: legacy, migrated, still holds its leftover table: the build fails naming the target and the table
    assert log =~ /#legacy done in \d+ ms \(ran 1, at 001_accounts, drift: 1 changes\)/
    assert log =~ /After migrating, 1 targets differ from the Java schema: localhost:\d+\/tenants\S*#legacy \(failOnDrift\)/
    assert log =~ /#legacy differs:\s*\n\[ERROR\]\s+- table <tenant>\.leftover/
    // 3 and 5: no drift among the tenants
    assert log.count('dibs: every target of the fleet matches the Java schema') == 2
    // 6: the drift gate names the drifting target
    assert log =~ /1 targets differ from the Java schema: localhost:\d+\/tenants\S*#billing \(failOnDrift\)/
    // and says what it differs in, as dibs:diff says it
    assert log =~ /#billing differs:\s*\n\[ERROR\]\s+\+ table <tenant>\.accounts/
    // 7: refused, naming the parameter and the goal
    assert log.contains('tenantSchemas is for dibs:migrate, dibs:status and dibs:diff, which work on a fleet; dibs:sql works on one database')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
    assert !log.contains(context.get('tenants').password()) : 'no password in the log'

    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/fleet.json'))
    assert json.goal == 'diff'
    assert json.targets*.tenant == ['tenant_a', 'tenant_b', 'tenant_c', 'billing']
    assert json.targets.take(3).every { it.state == 'done' && it.current == '001_accounts' && it.pending == 0 && it.drift == false }
    assert json.targets[3].current == null && json.targets[3].pending == 1 && json.targets[3].drift == true
    assert json.targets[3].differences.contains('+ table billing.accounts')
    assert json.targets.take(3).every { it.differences == null }
    assert json.summary.drifting == 1
    assert new File(basedir, 'target/dibs/fleet.html').text.contains('4 targets: 4 done, 0 failed, 0 not launched, 1 drifting')

    def tenants = context.get('tenants')
    ['tenant_a', 'tenant_b', 'tenant_c'].each { t ->
        assert ItServer.column(tenants, "SELECT id FROM ${t}.__dibs_migrations") == ['001_accounts']
        assert ItServer.column(tenants, "SELECT to_regclass('${t}.accounts')::text") == ["${t}.accounts".toString()]
    }
    assert ItServer.column(tenants, "SELECT to_regclass('public.accounts')::text") == [null]
    assert ItServer.column(tenants, "SELECT to_regclass('billing.accounts')::text") == [null]
    assert ItServer.column(tenants, "SELECT id FROM legacy.__dibs_migrations") == ['001_accounts']
    context.get('shops').each { shop ->
        assert ItServer.column(shop, 'SELECT id FROM public.__dibs_migrations') == ['001_accounts']
    }
} finally {
    server.close()
}
return true
