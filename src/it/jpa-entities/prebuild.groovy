import dev.dibs.maven.it.ItServer

// The example itself, not a copy kept here: its entities and their next version (evolve/) are taken
// from examples/petclinic-jpa of this checkout, so the IT proves what its README tells a user to run.
def example = new File(basedir, '../../../../examples/petclinic-jpa').canonicalFile
assert new File(example, 'pom.xml').isFile() : "no example at ${example}"
new File(basedir, 'src').deleteDir()
new File(basedir, 'evolve').deleteDir()
['src', 'evolve'].each { part ->
    def from = new File(example, part).toPath()
    java.nio.file.Files.walk(from).each { path ->
        def to = new File(basedir, part).toPath().resolve(from.relativize(path).toString())
        if (java.nio.file.Files.isDirectory(path)) {
            java.nio.file.Files.createDirectories(to)
        } else {
            java.nio.file.Files.copy(path, to)
        }
    }
}

// A real server the migrations are applied to, which verify.groovy reads with JDBC and then stops.
def server = ItServer.start()
context.put('itServer', server)
def db = server.database('petclinic', null)
context.put('database', db)
def props = context.get('userProperties')
props.put('dibs.url', db.url())
props.put('dibs.user', db.user())
props.put('dibs.password', db.password())
return true
