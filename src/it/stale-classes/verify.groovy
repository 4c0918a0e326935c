def log = new File(basedir, 'build.log').text
assert log.contains('The compiled classes are missing for src/main/java/com/example/Thing.java, so dibs would read a stale schema. Compile first: mvn compile dibs:<goal>')
return true
