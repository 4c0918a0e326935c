import dev.dibs.maven.it.ItServer
import java.nio.file.Path

// One real server for this IT's builds; verify.groovy stops it.
def server = ItServer.start()
context.put('itServer', server)
def staging = server.database('staging', Path.of(basedir.path, 'staging.sql'))
def production = server.database('production', Path.of(basedir.path, 'production.sql'))
context.put('production', production)

// What a user types: -Ddibs.url=... -Ddibs.referenceUrl=... (user and password separately)
def props = context.get('userProperties')
props.put('dibs.url', production.url())
props.put('dibs.user', production.user())
props.put('dibs.password', production.password())
props.put('dibs.referenceUrl', staging.url())
props.put('dibs.referenceUser', staging.user())
props.put('dibs.referencePassword', staging.password())
return true
