package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Schema;
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
 * The round trip of everything a record cannot say: objects created by hand in a database,
 * written as {@code dibs/*.sql} files, loaded back as the plugin loads them (the classifier accepts
 * every statement) and built in the scratch database: the objects come back equal, and the plan
 * against the database they came from is empty. The one table is declared by a record written here,
 * the records being another writer's part.
 */
@WithPostgres
class SqlFileWriterTest {

    @TempDir
    Path dir;

    /** One object of every kind, with options, comments and dependencies that decide the order. */
    private static final String EVERY_KIND = """
            CREATE EXTENSION citext WITH SCHEMA public;
            COMMENT ON EXTENSION citext IS 'our words, not the control file''s';
            CREATE SEQUENCE invoice_numbers AS integer INCREMENT BY 5 MINVALUE 10 START 1000 CACHE 3 CYCLE;
            COMMENT ON SEQUENCE invoice_numbers IS 'numbers; with a semicolon';
            CREATE SEQUENCE spare;
            CREATE DOMAIN email AS citext CONSTRAINT has_at CHECK (VALUE LIKE '%@%');
            ALTER DOMAIN email ADD CONSTRAINT short CHECK (length(VALUE) < 200) NOT VALID;
            COMMENT ON DOMAIN email IS 'an address';
            CREATE TABLE invoices (id bigint PRIMARY KEY, number integer NOT NULL DEFAULT nextval('invoice_numbers'),
                                   contact email, updated_at timestamptz NOT NULL DEFAULT now(), total bigint NOT NULL);
            ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
            ALTER SEQUENCE spare OWNED BY invoices.total;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.updated_at := now(); -- a comment; and a semicolon
              RETURN NEW;
            END
            $$;
            COMMENT ON FUNCTION touch() IS 'keeps updated_at current';
            CREATE FUNCTION z_doubled(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN n * 2;
            -- next
            -- sorts before the function it calls, so is written after it
            CREATE FUNCTION a_quadrupled(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE BEGIN ATOMIC
              SELECT z_doubled(z_doubled(n));
            END;
            -- next
            CREATE PROCEDURE tidy(days integer DEFAULT 30) LANGUAGE sql AS $$SELECT 1$$;
            CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION touch();
            ALTER TABLE invoices DISABLE TRIGGER invoices_touch;
            COMMENT ON TRIGGER invoices_touch ON invoices IS 'touch';
            CREATE VIEW z_big WITH (security_barrier = true) AS
              SELECT id, a_quadrupled(total) AS q FROM invoices WHERE total > 100;
            COMMENT ON VIEW z_big IS 'big ones';
            CREATE MATERIALIZED VIEW m_totals AS SELECT count(*) AS n FROM z_big WITH NO DATA;
            CREATE UNIQUE INDEX m_totals_n ON m_totals (n);
            COMMENT ON MATERIALIZED VIEW m_totals IS 'totals';
            -- reads the materialized view, which reads z_big: created after both
            CREATE VIEW a_over_totals AS SELECT n FROM m_totals;
            CREATE POLICY positive ON invoices AS RESTRICTIVE FOR INSERT WITH CHECK (total > 0);
            CREATE POLICY own ON invoices USING (contact = (current_user)::citext);
            COMMENT ON POLICY own ON invoices IS 'mine';
            """;

    private static final String INVOICE = """
            @Table(value = "invoices", rowLevelSecurity = RowLevelSecurity.ENABLED)
            public record Invoice(@Pk long id, @Default("nextval('invoice_numbers'::regclass)") int number,
                                  @Nullable @Column(type = "email") String contact,
                                  @Default("now()") java.time.Instant updatedAt, long total) {}
            """;

    @Test
    void everyKindIsWrittenInFilesThatLoadAndBuildBackTheSameObjects(TestDatabase db, PostgresServer server) throws Exception {
        for (String part : EVERY_KIND.split("-- next\n")) { // the driver cannot send a BEGIN ATOMIC body among others
            db.execute(part);
        }
        Inspection inspection = Inspector.inspect(db.info(), List.of("public"));

        List<ImportedFile> files = SqlFileWriter.write(inspection.schema());

        assertThat(files).extracting(ImportedFile::path).containsExactly("src/main/resources/dibs/01-extensions.sql",
                "src/main/resources/dibs/02-sequences.sql", "src/main/resources/dibs/03-domains.sql",
                "src/main/resources/dibs/04-functions.sql", "src/main/resources/dibs/05-views.sql",
                "src/main/resources/dibs/06-triggers.sql", "src/main/resources/dibs/07-policies.sql");
        String functions = files.get(3).content();
        assertThat(functions.indexOf("FUNCTION public.z_doubled")).as("called before caller")
                .isLessThan(functions.indexOf("FUNCTION public.a_quadrupled"));
        String views = files.get(4).content();
        assertThat(views.indexOf("VIEW public.z_big")).isLessThan(views.indexOf("MATERIALIZED VIEW public.m_totals"));
        assertThat(views.indexOf("MATERIALIZED VIEW public.m_totals")).isLessThan(views.indexOf("VIEW public.a_over_totals"));
        assertThat(files.get(1).content()).contains("ALTER SEQUENCE public.spare OWNED BY public.invoices.total;")
                .doesNotContain("invoices_id_seq");

        DriftReport report = roundTrip(db, server, files, INVOICE);

        Schema inspected = inspection.schema();
        Schema built = report.desired();
        assertThat(built.extensions()).isEqualTo(inspected.extensions());
        assertThat(built.sequences()).isEqualTo(inspected.sequences());
        assertThat(built.domains()).isEqualTo(inspected.domains());
        assertThat(built.routines()).isEqualTo(inspected.routines());
        assertThat(built.triggers()).isEqualTo(inspected.triggers());
        assertThat(built.views()).isEqualTo(inspected.views());
        assertThat(built.materializedViews()).isEqualTo(inspected.materializedViews());
        assertThat(built.policies()).isEqualTo(inspected.policies());
        assertThat(report.plan().statements()).as("nothing to do: %s", report.plan().toSql()).isEmpty();
        assertThat(report.differingNotes()).isEmpty();
    }

    @Test
    void aDatabaseWithoutTablesImportsAsSqlFilesAlone(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE DOMAIN positive AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0);
                CREATE SEQUENCE tickets AS bigint;
                CREATE FUNCTION next_ticket() RETURNS bigint LANGUAGE sql AS $$SELECT nextval('tickets')$$;
                CREATE MATERIALIZED VIEW constants AS SELECT 42::positive AS answer WITH DATA;
                CREATE VIEW answer AS SELECT answer, next_ticket() AS ticket FROM constants;
                """);
        Inspection inspection = Inspector.inspect(db.info(), List.of("public"));

        ImportResult result = DatabaseImport.of(inspection, "com.acme.db", "the test database");

        assertThat(result.files()).extracting(ImportedFile::path).containsExactly("src/main/resources/dibs/02-sequences.sql",
                "src/main/resources/dibs/03-domains.sql", "src/main/resources/dibs/04-functions.sql",
                "src/main/resources/dibs/05-views.sql");
        assertThat(result.files().get(3).content()).contains("WITH DATA;");
        assertThat(result.warnings()).isEmpty();
        DriftReport report = roundTrip(db, server, result.files());
        assertThat(report.desired().materializedViews()).isEqualTo(inspection.schema().materializedViews());
        assertThat(report.plan().statements()).as("nothing to do: %s", report.plan().toSql()).isEmpty();
    }

    /** The files under a compiled project's classes, loaded as the goals load them, compared with the database. */
    private DriftReport roundTrip(TestDatabase db, PostgresServer server, List<ImportedFile> files, String... records)
            throws Exception {
        Path classes = dir.resolve("classes");
        List<Path> classpath = records.length == 0 ? List.of(classes, JavaSources.dibsApi()) : TestSchemas.compile(dir, records);
        for (ImportedFile f : files) {
            Path target = classes.resolve(f.path().substring("src/main/resources/".length()));
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content());
        }
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
        return DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
    }
}
