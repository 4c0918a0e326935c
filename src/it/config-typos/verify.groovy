def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
assert runs.length == 6 : "five invocations, found ${runs.length - 1}"
// 1: orders has the primary key and default of the superclass
assert runs[1].contains('CREATE TABLE public.orders')
assert runs[1].contains('PRIMARY KEY')
assert runs[1].contains('dibs: applied')
// 2: both typos are said, once each
def warnedPackages = runs[2].readLines().findAll { it.contains('no @Table classes found in com.advv (packages)') }
assert warnedPackages.size() == 1 : warnedPackages
def warnedSchema = runs[2].readLines().findAll {
    it.contains('schema "pubilc" (schemas) does not exist in the database and no @Table class uses it: check the spelling') }
assert warnedSchema.size() == 1 : warnedSchema
assert runs[2].contains('BUILD SUCCESS')
// 3: refused, naming the packages parameter, nothing applied
assert runs[3].contains('Refused to apply the plan; nothing was applied: no @Table classes found in com.advv (packages)')
assert runs[3].contains('packages parameter (dibs.packages)')
assert !runs[3].contains('dibs: applied')
// 4: nothing was dropped
assert runs[4].contains('BUILD SUCCESS')
// 5: pg_catalog refused by parameter
assert runs[5].contains('schemas lists "pg_catalog", a system schema PostgreSQL reserves')
assert !runs[5].contains('dibs: database') && !runs[5].contains('embedded PostgreSQL') : 'refused before connecting'
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
return true
