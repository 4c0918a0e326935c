package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports whose files build only in the right order, or with names as written: each imported,
 * loaded as the goals load the files, and compared with the database it came from (empty plan);
 * and the one order the files cannot give, refused naming the function.
 */
@WithPostgres
class SqlFileWriterOrderTest {

    @TempDir
    Path dir;

    private List<ImportedFile> files;

    private DriftReport roundTrip(TestDatabase db, PostgresServer server, List<String> schemas, String ddl) throws Exception {
        db.execute(ddl);
        files = DatabaseImport.of(Inspector.inspect(db.info(), schemas), "com.acme.db", "database t").files();
        Path classes = dir.resolve("classes");
        for (ImportedFile f : files) {
            Path target = classes.resolve(f.path().substring("src/main/resources/".length()));
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content());
        }
        LoadedSchema intent = IntentLoader.builder().classpath(List.of(classes, JavaSources.dibsApi())).schemas(schemas).load();
        return DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
    }

    private String file(String name) {
        return files.stream().filter(f -> f.path().endsWith("/" + name)).findFirst().orElseThrow().content();
    }

    @Test
    void namesThatNeedQuotesStayAsTheyAre(TestDatabase db, PostgresServer server) throws Exception {
        DriftReport r = roundTrip(db, server, List.of("public"), """
                CREATE SEQUENCE "Odd Seq";
                CREATE FUNCTION "Mixed"("In" integer) RETURNS integer LANGUAGE sql AS $$SELECT "In" + 1$$;
                CREATE VIEW "My View" WITH (security_barrier = true) AS SELECT "Mixed"(1) AS "Value";
                COMMENT ON VIEW "My View" IS 'it''s; quoted';
                """);

        assertThat(file("02-sequences.sql")).contains("CREATE SEQUENCE public.\"Odd Seq\" AS bigint");
        assertThat(r.plan().statements()).as(r.plan().toSql()).isEmpty();
    }

    @Test
    void objectsOfTwoSchemasCallEachOther(TestDatabase db, PostgresServer server) throws Exception {
        DriftReport r = roundTrip(db, server, List.of("app", "public"), """
                CREATE SCHEMA app;
                CREATE DOMAIN app.code AS text CHECK (VALUE ~ '^[A-Z]+$');
                CREATE FUNCTION public.upper_code(t text) RETURNS app.code LANGUAGE sql IMMUTABLE AS $$SELECT upper(t)::app.code$$;
                CREATE VIEW app.codes AS SELECT public.upper_code('abc') AS c;
                """);

        assertThat(r.plan().statements()).as(r.plan().toSql()).isEmpty();
    }

    @Test
    void anInsteadOfTriggerComesAfterItsView(TestDatabase db, PostgresServer server) throws Exception {
        DriftReport r = roundTrip(db, server, List.of("public"), """
                CREATE VIEW one AS SELECT 1 AS n;
                CREATE FUNCTION ignore_it() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
                CREATE TRIGGER one_insert INSTEAD OF INSERT ON one FOR EACH ROW EXECUTE FUNCTION ignore_it();
                """);

        assertThat(r.desired().triggers()).hasSize(1);
        assertThat(r.plan().statements()).as(r.plan().toSql()).isEmpty();
    }

    @Test
    void aDomainWhoseCheckCallsAFunctionComesAfterTheFunctions(TestDatabase db, PostgresServer server) throws Exception {
        DriftReport r = roundTrip(db, server, List.of("public"), """
                CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT n % 2 = 0$$;
                CREATE DOMAIN even AS integer CHECK (is_even(VALUE));
                CREATE DOMAIN small AS integer CHECK (VALUE < 10);
                CREATE FUNCTION half(n even) RETURNS small LANGUAGE sql IMMUTABLE AS $$SELECT (n / 2)::small$$;
                """);

        assertThat(file("03-domains.sql")).contains("CREATE DOMAIN public.small").doesNotContain("public.even");
        String functions = file("04-functions.sql");
        assertThat(functions.indexOf("CREATE DOMAIN public.even")).isGreaterThan(functions.indexOf("FUNCTION public.is_even"));
        assertThat(r.plan().statements()).as(r.plan().toSql()).isEmpty();
    }

    /** A function whose SQL-standard body reads a view is written with the functions and built once the view is. */
    @Test
    void aFunctionWhoseStandardBodyReadsAViewComesBackAsItIs(TestDatabase db, PostgresServer server) throws Exception {
        DriftReport r = roundTrip(db, server, List.of("public"), """
                CREATE VIEW one AS SELECT 1 AS n;
                CREATE FUNCTION read_one() RETURNS integer LANGUAGE sql RETURN (SELECT n FROM one);
                """);

        assertThat(file("04-functions.sql")).contains("FUNCTION public.read_one()");
        assertThat(r.plan().statements()).as(r.plan().toSql()).isEmpty();
    }
}
