package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.realworld.DumpLoader.Dropped;
import dev.dibs.engine.realworld.DumpLoader.LoadReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import org.junit.jupiter.api.Test;

/** The loader's generic rules, on a small dump with each case the corpus has. */
@WithPostgres
class DumpLoaderTest {

    private static final String DUMP = """
            \\restrict k3y
            SELECT pg_catalog.set_config('search_path', '', false);
            CREATE PROCEDURAL LANGUAGE plpgsql;
            CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
            CREATE EXTENSION IF NOT EXISTS no_such_extension WITH SCHEMA public;
            COMMENT ON EXTENSION no_such_extension IS 'gone with it';
            CREATE FUNCTION public.parser_start(internal, integer) RETURNS internal
                LANGUAGE c STRICT
                AS '$libdir/no_such_parser', 'start';
            CREATE TEXT SEARCH PARSER public.p (START = public.parser_start, GETTOKEN = public.parser_start,
                END = public.parser_start, LEXTYPES = public.parser_start);
            CREATE TABLE public.t (id integer NOT NULL, name text);
            CREATE INDEX t_name ON public.t USING gin (name public.gin_trgm_ops);
            INSERT INTO public.t (id) VALUES (1);
            """;

    @Test
    void dropsWhatTheServerLacksWithItsDependentsAndSkipsData(TestDatabase db) throws Exception {
        LoadReport report = DumpLoader.load(db.info(), DUMP);
        assertThat(report.loaded()).isTrue();
        assertThat(report.dataStatementsSkipped()).isEqualTo(1);
        assertThat(report.alreadyPresent()).extracting(d -> DumpStatements.abbreviate(d.statement()))
                .containsExactly("CREATE PROCEDURAL LANGUAGE plpgsql");
        assertThat(report.dropped()).extracting(Dropped::root).containsExactly(true, false, true, false);
        assertThat(report.dropped().get(0).message()).contains("no_such_extension");
        assertThat(report.dropped().get(1).statement()).startsWith("COMMENT ON EXTENSION no_such_extension");
        assertThat(report.dropped().get(2).message()).startsWith("58P01").contains("no_such_parser");
        assertThat(report.dropped().get(3).statement()).contains("CREATE TEXT SEARCH PARSER");
        assertThat(db.queryString("SELECT pg_get_indexdef('public.t_name'::regclass)")).contains("gin_trgm_ops");
        assertThat(db.queryString("SELECT count(*) FROM public.t")).isEqualTo("0");
        assertThat(db.queryString("SHOW search_path")).as("a later session is ordinary").isEqualTo("\"$user\", public");
    }

    @Test
    void anyOtherFailureMeansTheVersionDoesNotLoad(TestDatabase db) throws Exception {
        LoadReport report = DumpLoader.load(db.info(), "CREATE TABLE t (id int); CREATE TABLE t (id int);");
        assertThat(report.loaded()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(d -> assertThat(d.message()).startsWith("42P07"));
    }
}
