package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL smuggled through an annotation must not run: the check that builds the canonical schema
 * runs annotation SQL on a server, so a {@code @Check} that closes its parenthesis and adds
 * statements would reach, through dblink, any database the server's user may open.
 */
@WithPostgres
class AnnotationInjectionTest {

    @TempDir
    Path dir;

    @Test
    void anInjectedStatementIsRefusedBeforeAnythingRuns(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE victims (id int)");
        String payload = "true); CREATE EXTENSION IF NOT EXISTS dblink; SELECT dblink_exec('" + dblinkTarget(db)
                + "', 'DROP TABLE victims'); DROP EXTENSION dblink; SELECT (true";
        String source = "@Table(\"orders\") @Check(\"" + payload.replace("\"", "\\\"").replace("'", "'") + "\")\n"
                + "public record Order(@Pk long id) {}";
        List<Path> classpath = TestSchemas.compile(dir, source);

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> Canonicalizer.canonicalize(
                IntentLoader.builder().classpath(classpath).packages(List.of("e")).load(), server));

        assertThat(db.hasTable("victims")).as("the table the injected statement drops").isTrue();
        assertThat(e).as("the schema must be refused").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Order");
            assertThat(p.message()).startsWith("@Check \"true); CREATE EXTENSION")
                    .contains("')' closes a parenthesis it did not open");
        });
        assertThat(e.problems()).extracting(Problem::fix).allSatisfy(fix -> assertThat(fix).contains("single expression"));
    }

    /**
     * A quoted type name is one token to the guard, so whatever is inside the quotes must stay a
     * quoted name when written: it was spliced bare, and {@code "int); CREATE TABLE …"} ran.
     */
    @Test
    void aQuotedTypeNameStaysOneQuotedName(TestDatabase db, PostgresServer server) throws Exception {
        String type = "\\\"int); CREATE TABLE smuggled (y int); CREATE TABLE t2 (x int\\\"";
        String source = "@Table(\"orders\")\n"
                + "public record Order(@Pk long id, @Column(type = \"" + type + "\") String v) {}";
        List<Path> classpath = TestSchemas.compile(dir, source);

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> Canonicalizer.canonicalize(
                IntentLoader.builder().classpath(classpath).packages(List.of("e")).load(), server));

        // Spliced bare, the three statements all ran and no problem was reported at all.
        assertThat(e).as("a type of that (quoted) name does not exist, and nothing else runs").isNotNull();
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("type \"int); CREATE TABLE smuggled (y int); CREATE TABLE t2 (x int\" does not exist"));
    }

    /**
     * A collation is one name, quoted where it is written: one carrying a quote and SQL stays a
     * collation of that name, which does not exist, and PostgreSQL's refusal names the member.
     */
    @Test
    void aCollationNameStaysOneQuotedName(PostgresServer server) throws Exception {
        String source = "@Table(\"orders\")\n"
                + "public record Order(@Pk long id, @Column(collation = \"C\\\" NOT NULL); DROP TABLE orders; --\") String v) {}";
        List<Path> classpath = TestSchemas.compile(dir, source);

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> Canonicalizer.canonicalize(
                IntentLoader.builder().classpath(classpath).packages(List.of("e")).load(), server));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("e.Order"))
                .extracting(Problem::message).asString()
                .contains("collation \"pg_catalog.C\" NOT NULL); DROP TABLE orders; --\" for encoding \"UTF8\" does not exist");
    }

    /** A libpq connection string for the test database, as the injected dblink_exec would use. */
    private static String dblinkTarget(TestDatabase db) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*").matcher(db.info().url());
        assertThat(m.matches()).as(db.info().url()).isTrue();
        return "host=" + m.group(1) + " port=" + m.group(2) + " dbname=" + db.name() + " user=" + db.info().user()
                + (db.info().password() == null ? "" : " password=" + db.info().password());
    }
}
