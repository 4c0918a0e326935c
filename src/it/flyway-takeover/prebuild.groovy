import dev.dibs.maven.it.ItServer
import java.nio.file.Files

// One real server: Flyway migrates its database first, then dibs takes over; verify.groovy stops it.
def server = ItServer.start()
context.put('itServer', server)
def empty = Files.createTempFile('flyway-takeover', '.sql')
Files.writeString(empty, '-- empty: Flyway creates everything\n')
def db = server.database('flyway', empty)
context.put('database', db)

def props = context.get('userProperties')
props.put('flyway.url', db.url())
props.put('flyway.user', db.user())
props.put('flyway.password', db.password())
props.put('flyway.locations', 'filesystem:' + new File(basedir, 'src/main/resources/db/migration').path)
props.put('dibs.url', db.url())
props.put('dibs.user', db.user())
props.put('dibs.password', db.password())
return true
