// An empty, private temporary directory: the embedded PostgreSQL binaries were never unpacked there,
// so the plugin's own class realm has to unpack them (as on a new laptop or CI runner).
def fresh = new File(basedir, 'target/fresh-tmp')
fresh.deleteDir()
assert fresh.mkdirs()
return true
