import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def existing = context.get('existing')
    def log = new File(basedir, 'build.log').text
    def dibs = new File(basedir, 'src/main/resources/dibs')

    // 1: records and enums under the package, one SQL file per kind of the rest, each file named as written
    ['01-extensions.sql', '02-sequences.sql', '03-domains.sql', '04-functions.sql', '05-views.sql', '06-triggers.sql',
     '07-policies.sql'].each {
        assert new File(dibs, it).isFile() : "dibs/${it} written"
        assert log.contains("dibs: wrote src/main/resources/dibs/${it}")
    }
    assert log =~ /dibs: wrote src\/main\/java\/com\/acme\/db\/\w+\.java/
    assert new File(dibs, '01-extensions.sql').text.contains('CREATE EXTENSION citext WITH SCHEMA public VERSION ')
    assert new File(dibs, '02-sequences.sql').text.contains('CREATE SEQUENCE public.invoice_numbers AS bigint')
    assert !new File(dibs, '02-sequences.sql').text.contains('orders_id_seq') : "a serial column's sequence is the column's"
    assert new File(dibs, '05-views.sql').text.contains('CREATE UNIQUE INDEX daily_totals_day ON public.daily_totals')

    // 2: the imported project compiles and says exactly what the database is
    assert log.contains('dibs: no differences')
    assert !log.contains('The database differs from')

    // 3: the second import wrote nothing and named the files in the way
    assert log.contains('dibs:import refuses to overwrite ')
    assert log.contains('  src/main/resources/dibs/04-functions.sql')
    assert log.contains('import with -Ddibs.overwrite=true to replace them')
    assert !log.contains('at dev.dibs.') : 'no stack trace for an expected failure'

    // 4: with overwrite, the same files again
    assert log.count('dibs: wrote src/main/resources/dibs/04-functions.sql') == 2

    // the database was only read
    assert ItServer.column(existing, "SELECT count(*) FROM orders") == ['1']
    assert existing.password() != null && existing.password().length() >= 16
    ItChecks.secretsShowNowhere(basedir.toPath(), existing.password())
    return true
} finally {
    server.close()
}
