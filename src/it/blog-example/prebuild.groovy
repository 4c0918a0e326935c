// The example itself, not a copy kept here: its sources and its next version (evolve/) are taken
// from examples/blog of this checkout, so the IT proves what its README tells a user to run.
def example = new File(basedir, '../../../../examples/blog').canonicalFile
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
return true
