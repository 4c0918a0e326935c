def log = new File(basedir, 'build.log').text
assert log.contains('dibs:help') : 'dibs:help should list itself'
assert log.contains('BUILD SUCCESS')
return true
