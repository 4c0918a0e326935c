import dev.dibs.maven.it.ItServer
import java.nio.file.Path

// One real server for this IT's builds, with a database prepared by hand; verify.groovy stops it.
def server = ItServer.start()
context.put('itServer', server)
def existing = server.database('existing', Path.of(basedir.path, 'existing.sql'))
context.put('existing', existing)

// What a user types: mvn dibs:import -Ddibs.url=... -Ddibs.importPackage=com.acme.db (user and password separately)
def props = context.get('userProperties')
props.put('dibs.url', existing.url())
props.put('dibs.user', existing.user())
props.put('dibs.password', existing.password())
props.put('dibs.importPackage', 'com.acme.db')
return true
