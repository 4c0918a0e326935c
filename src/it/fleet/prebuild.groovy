import dev.dibs.maven.it.ItServer
import java.nio.file.Files

// One real server: two shop databases listed in target/fleet.txt, and one database of tenant schemas.
def server = ItServer.start()
context.put('itServer', server)
def empty = Files.createTempFile('fleet', '.sql')
Files.writeString(empty, '-- empty\n')
def shop1 = server.database('shop', empty)
def shop2 = server.database('shop', empty)
def tenantsSql = Files.createTempFile('tenants', '.sql')
Files.writeString(tenantsSql, 'CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA tenant_c; CREATE SCHEMA billing;\n'
        + 'CREATE SCHEMA legacy; CREATE TABLE legacy.leftover (id int);\n')
def tenants = server.database('tenants', tenantsSql)
context.put('shops', [shop1, shop2])
context.put('tenants', tenants)
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/fleet.txt').text = "# the shops\n${shop1.url()}\n\n${shop2.url()}\n"

def props = context.get('userProperties')
props.put('dibs.url', tenants.url())
props.put('dibs.user', tenants.user())
props.put('dibs.password', tenants.password())
return true
