def log = new File(basedir, 'build.log').text
['dibs:diff', 'dibs:import', 'dibs:sql', 'dibs:migrate', 'dibs:generate', 'dibs:status', 'dibs:check', 'dibs:help'].each {
    assert log.contains(it) : "help should list ${it}"
}
assert log.contains('dibs:baseline') : 'help should list dibs:baseline'
assert log.contains('migrationLockWait') : 'detail should list parameters'
assert log.contains('allowHazards')
assert log.contains('BUILD SUCCESS')
return true
