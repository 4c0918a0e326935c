def dir = new File(basedir, 'src/main/java/com/example/migrations')
def migrations = dir.listFiles()?.findAll { it.name ==~ /V\d{14}_.*\.java/ } ?: []
assert migrations.size() == 1 : "expected the init migration, found ${migrations*.name}"
def init = migrations[0].text
assert init.contains('CREATE TABLE public.articles')
// the declarations of dibs/schema.sql, in PostgreSQL's words, before and after the table
assert init.contains('CREATE SEQUENCE public.article_numbers')
assert init.contains('touch_updated_at')
assert init.contains('CREATE TRIGGER articles_touch')
assert init.indexOf('CREATE SEQUENCE public.article_numbers') < init.indexOf('CREATE TABLE public.articles')
assert init.indexOf('CREATE TABLE public.articles') < init.indexOf('CREATE TRIGGER articles_touch')
// the domain before the table whose column has it; the procedure whose body reads the table after it
assert init.contains('CREATE DOMAIN public.rating AS integer')
assert init.contains('CONSTRAINT rating_range CHECK')
assert init.contains('PROCEDURE public.retitle_article(')
assert init.indexOf('CREATE DOMAIN public.rating') < init.indexOf('CREATE TABLE public.articles')
assert init.indexOf('CREATE TABLE public.articles') < init.indexOf('PROCEDURE public.retitle_article(')
assert init =~ /\brating (public\.)?rating\b/ : 'the column has the domain as its type'
// the @View record's view, after the table it reads
assert init.contains('CREATE VIEW public.title_stats')
assert init.indexOf('CREATE TABLE public.articles') < init.indexOf('CREATE VIEW public.title_stats')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dibs/diff.json'))
assert json.drift == false
assert json.changes.isEmpty()
def log = new File(basedir, 'build.log').text
assert !log.contains('not managed') : 'the declared objects are managed, not notes'
return true
