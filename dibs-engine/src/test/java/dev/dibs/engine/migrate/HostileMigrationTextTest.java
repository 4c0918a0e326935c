package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's id, file name, or what PostgreSQL says of it (which quotes a row's data) may hold
 * a line feed: the failure message, printed line by line behind Maven's {@code [ERROR]}, never gets a
 * line that starts with what they hold.
 */
@WithPostgres
class HostileMigrationTextTest {

    private static final String FORGED = "[INFO] BUILD SUCCESS";

    @TempDir
    Path dir;

    private static MigrationRunner runner(TestDatabase db, List<Path> classpath, String... locations) {
        return MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e"))
                .flywayLocations(List.of(locations)).build();
    }

    /** No line of {@code message} starts with the forged text, whatever indentation it is behind. */
    private static void noForgedLine(String message) {
        assertThat(message.lines()).as(message).noneMatch(line -> line.startsWith(FORGED));
    }

    @Test
    void anIdWithALineFeedIsRefusedShownEscaped(TestDatabase db) {
        // the id as Java source: x, a line feed, the forged line
        List<Path> cp = Migrations.compile(dir, Migrations.migration("20261204_x\\n" + FORGED, "X", "ctx.execute(\"SELECT 1\");"));
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, cp).run());
        assertThat(e.getMessage()).contains("@Migration(\"20261204_x\\n" + FORGED + "\") holds a line break")
                .contains("write an id of printable characters");
        noForgedLine(e.getMessage());
    }

    @Test
    void aSqlFileWhoseNameHoldsALineFeedIsRefusedShownEscaped(TestDatabase db) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path file = classes.resolve("db/migration/V1__a\n" + FORGED + ".sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;");
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> runner(db, List.of(classes, JavaSources.dibsApi()), "db/migration").run());
        assertThat(e.getMessage()).contains("db/migration/V1__a\\n" + FORGED + ".sql").contains("rename it with printable characters");
        noForgedLine(e.getMessage());
    }

    @Test
    void whatPostgresSaysOfARowIsIndentedUnderItsLabel(TestDatabase db) throws Exception {
        // rows already in the table block a unique index: PostgreSQL's detail quotes the duplicated value
        db.execute("CREATE TABLE users (email text)");
        db.execute("INSERT INTO users VALUES (E'a\\n" + FORGED + "'), (E'a\\n" + FORGED + "')");
        List<Path> cp = Migrations.compile(dir, Migrations.migration("20261204_unique", "Unique",
                "ctx.execute(\"CREATE UNIQUE INDEX users_email ON users (email)\");"));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, cp).run());
        assertThat(e.getMessage()).contains("  detail: Key (email)=(a\n    " + FORGED + ") is duplicated.");
        noForgedLine(e.getMessage());
    }

    @Test
    void whatAJavaMigrationThrowsIsIndentedUnderItsLabel(TestDatabase db) {
        List<Path> cp = Migrations.compile(dir, Migrations.migration("20261204_throws", "Throws",
                "throw new IllegalStateException(\"no\\n" + FORGED + "\");"));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, cp).run());
        assertThat(e.getMessage()).contains("IllegalStateException: no\n    " + FORGED);
        noForgedLine(e.getMessage());
    }
}
