def dir = new File(basedir, 'src/main/java/com/example/blog/migrations')
def migrations = (dir.listFiles()?.findAll { it.name ==~ /V\d{14}_.*\.java/ } ?: []).sort { it.name }
assert migrations*.name.collect { it.replaceAll(/V\d{14}_/, '') } == ['Init.java', 'Summaries.java'] : "found ${migrations*.name}"
def init = migrations[0].text
['CREATE EXTENSION', 'citext', 'CREATE SEQUENCE public.post_numbers', 'CREATE TABLE public.posts', 'touch_updated_at',
 'CREATE TRIGGER posts_touch', 'CREATE VIEW public.published_posts', 'CREATE VIEW public.author_posts',
 'CREATE MATERIALIZED VIEW public.monthly_posts', 'monthly_posts_month', 'ENABLE ROW LEVEL SECURITY',
 'CREATE POLICY own_posts'].each { assert init.contains(it) : "the first migration lacks ${it}" }
assert init.indexOf('CREATE EXTENSION') < init.indexOf('CREATE TABLE public.authors')
assert init.indexOf('CREATE TABLE public.posts') < init.indexOf('CREATE VIEW public.published_posts')

def next = migrations[1].text
['ADD COLUMN summary', 'CREATE OR REPLACE VIEW public.published_posts', 'CREATE OR REPLACE VIEW public.author_posts',
 'DROP MATERIALIZED VIEW public.monthly_posts', 'CREATE MATERIALIZED VIEW public.monthly_posts', 'monthly_posts_month',
 'ALTER FUNCTION public.touch_updated_at() RENAME TO touch_changed_at', 'CREATE OR REPLACE FUNCTION public.touch_changed_at',
 'ALTER POLICY own_posts', 'ALTER SEQUENCE public.post_numbers', 'CACHE 20'].each {
    assert next.contains(it) : "the second migration lacks ${it}"
}
assert !next.contains('CREATE TABLE') : 'the evolution creates no table'
assert !next.contains('RESTART') && !next.contains('DROP SEQUENCE') : 'the sequence is altered in place, its value kept'
assert !next.contains('DROP FUNCTION') && !next.contains('DROP TRIGGER') : 'the trigger function is renamed in place, its trigger untouched'
assert next.indexOf('RENAME TO touch_changed_at') < next.indexOf('CREATE OR REPLACE FUNCTION public.touch_changed_at')
assert next.indexOf('ADD COLUMN summary') < next.indexOf('CREATE OR REPLACE VIEW public.published_posts')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.drift == false
assert json.changes.isEmpty()
return true
