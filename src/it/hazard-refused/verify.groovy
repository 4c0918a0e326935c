def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects') // runs[1] is the first invocation
assert runs.length == 6 : runs.length
// the third invocation wrote its reports, then ran the drop
def third = runs[3]
assert third.contains('ALTER TABLE ONLY public.things DROP COLUMN legacy')
assert third.contains('dibs: applied 1 statements')
assert third.contains('dibs: reports in target/dibs')
// the fourth built its index concurrently, once the transaction had committed
def fourth = runs[4]
assert fourth.contains('CREATE INDEX CONCURRENTLY things_id_idx ON public.things USING btree (id)')
assert fourth.contains('-- after the rest commits, outside any transaction')
assert fourth.contains('dibs: applied 1 statements')
// the fifth could not reach its database: it wrote no reports and removed the fourth's rather than leave them to be
// published as its own
assert runs[5].contains('127.0.0.1:1')
['diff.json', 'diff.md', 'plan.sql', 'report.html'].each { assert !new File(basedir, "target/dibs/$it").exists() : it }
assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'
return true
