package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader finds the SQL files under dibs/ on the class path it scans, and refuses bad ones with the Java problems. */
class SqlFilesLoaderTest {

    @TempDir
    Path dir;

    private static final String INVOICE = "@Table(\"invoice\") public record Invoice(@Pk long id, String note) {}";

    private void write(Path root, String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path jar(String name, String path, String text) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(path));
            j.write(text.getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }

    @Test
    void readsEveryFileUnderDibsFromFoldersAndJarsInPathOrder() throws Exception {
        List<Path> classpath = new ArrayList<>(TestSchemas.compile(dir, INVOICE));
        Path classes = dir.resolve("classes");
        write(classes, "dibs/b_triggers.sql", "CREATE SEQUENCE from_b;");
        write(classes, "dibs/sub/c.sql", "CREATE SEQUENCE from_c;");
        write(classes, "dibs/notes.txt", "SELECT 1;"); // not .sql
        write(classes, "other/x.sql", "SELECT 1;"); // not under dibs/
        write(classes, "x.sql", "SELECT 1;");
        classpath.add(jar("schema-1.0.jar", "dibs/a_functions.sql", "CREATE SEQUENCE from_a;\n\nCREATE SEQUENCE from_a2;"));

        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();

        assertThat(intent.declarations()).extracting(SqlDeclaration::object)
                .containsExactly("from_a", "from_a2", "from_b", "from_c");
        assertThat(intent.declarations()).extracting(SqlDeclaration::where).containsExactly(
                "dibs/a_functions.sql line 1 (in schema-1.0.jar)", "dibs/a_functions.sql line 3 (in schema-1.0.jar)",
                "dibs/b_triggers.sql line 1 (in " + classes + ")", "dibs/sub/c.sql line 1 (in " + classes + ")");
    }

    /** A link in a pull request to a file outside the class path folder (a secret of the machine) is not read, nor shown. */
    @Test
    void aLinkToAFileOutsideTheFolderIsRefusedUnread() throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, INVOICE);
        Path secret = Files.writeString(Files.createTempFile("netrc", ".txt"), "machine ci login deploy password OUTSIDE_SECRET_42\n");
        try {
            Path link = dir.resolve("classes/dibs/leak.sql");
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, secret);
            write(dir.resolve("classes"), "dibs/inside.sql", "CREATE SEQUENCE inside;");

            SchemaValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(SchemaValidationException.class,
                    () -> IntentLoader.builder().classpath(classpath).load());

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).startsWith("dibs/leak.sql");
                assertThat(p.message()).contains("is a link to a file outside");
            });
            assertThat(e.getMessage()).doesNotContain("OUTSIDE_SECRET_42");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aProjectWithoutFilesHasNoDeclarations() {
        assertThat(IntentLoader.builder().classpath(TestSchemas.compile(dir, INVOICE)).load().declarations()).isEmpty();
    }

    @Test
    void refusesFilesTogetherWithJavaProblemsNamingTheClassThatDeclaresATable() throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, INVOICE,
                "@Table(\"broken\") public record Broken(@Pk long id, @Default(\"1; DROP TABLE x\") int n) {}");
        write(dir.resolve("classes"), "dibs/schema.sql", """
                CREATE TABLE invoice (id bigint);
                DO $$ BEGIN RAISE NOTICE 'hi'; END $$;
                """);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e.getMessage()).startsWith("The Java schema and the SQL files under dibs/ have 3 problems:");
        assertThat(e.problems()).extracting(Problem::where).endsWith("dibs/schema.sql line 1 (in " + dir.resolve("classes")
                + ")", "dibs/schema.sql line 2 (in " + dir.resolve("classes") + ")");
        assertThat(e.problems().get(1).message()).contains("declared by e.Invoice");
        assertThat(e.problems().get(2).message()).startsWith("\"DO $$ BEGIN RAISE NOTICE 'hi'; END $$\" runs code");
    }

    @Test
    void theSqlFilesRenameHintsJoinTheJavaSchemasRenames() throws Exception {
        List<Path> classpath = new ArrayList<>(TestSchemas.compile(dir, "@Table(\"invoice\") @RenamedFrom(\"bill\") "
                + "public record Invoice(@Pk long id, String note) {}"));
        Path classes = dir.resolve("classes");
        write(classes, "dibs/sequences.sql", "-- dibs:renamed-from bill_numbers\nCREATE SEQUENCE invoice_numbers;\n");

        RenameHints renames = IntentLoader.builder().classpath(classpath).packages(List.of("e")).load().renames();

        assertThat(renames.tables()).extracting(RenameHints.TableRename::from).containsExactly("bill");
        assertThat(renames.sequences()).containsExactly(
                new RenameHints.SequenceRename(new dev.dibs.engine.model.QualifiedName("public", "invoice_numbers"), "bill_numbers"));
    }

    @Test
    void aTriggerHintOnAPartitionedTableIsRefused() throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, "@Table(value = \"events\", partitionBy = \"RANGE (at)\") "
                + "public record Event(@Pk long id, @Pk java.time.Instant at) {}");
        write(dir.resolve("classes"), "dibs/triggers.sql", """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                -- dibs:renamed-from events_old_touch
                CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("dibs/triggers.sql line 3 (in " + dir.resolve("classes") + ")");
            assertThat(p.message()).contains("trigger events_old_touch of partitioned table public.events")
                    .contains("PostgreSQL 14");
            assertThat(p.fix()).startsWith("remove the hint");
        });
    }
}
