def log = new File(basedir, 'build.log').text
def fourth = log.lastIndexOf('Scanning for projects')
// the third invocation wrote its reports, then ran the drop
def third = log.substring(log.lastIndexOf('Scanning for projects', fourth - 1), fourth)
assert third.contains('ALTER TABLE public.things DROP COLUMN legacy')
assert third.contains('dibs: applied 1 statements')
assert third.contains('dibs: reports in target/dibs')
// the fourth could not reach its database: it wrote no reports and removed the third's rather than leave them to be
// published as its own
assert log.substring(fourth).contains('127.0.0.1:1')
['diff.json', 'diff.md', 'plan.sql', 'report.html'].each { assert !new File(basedir, "target/dibs/$it").exists() : it }
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
return true
