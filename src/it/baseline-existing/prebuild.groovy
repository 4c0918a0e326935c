import dev.dibs.maven.it.ItServer
import java.nio.file.Path

// One real server with two databases built by hand, as production and staging were before dibs;
// verify.groovy stops it.
def server = ItServer.start()
context.put('itServer', server)
def production = server.database('production', Path.of(basedir.path, 'production.sql'))
def staging = server.database('staging', Path.of(basedir.path, 'production.sql'))
context.put('production', production)
context.put('staging', staging)

def props = context.get('userProperties')
props.put('dibs.url', production.url())
props.put('dibs.user', production.user())
props.put('dibs.password', production.password())
// the staging profile points <url> at this one
props.put('staging.url', staging.url())
return true
