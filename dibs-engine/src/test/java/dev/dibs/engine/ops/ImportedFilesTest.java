package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.importer.ImportedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an import into a project: all files or, when some exist and overwrite is off, none. */
class ImportedFilesTest {

    @TempDir
    Path project;

    private final List<ImportedFile> files = List.of(new ImportedFile("src/main/java/com/acme/db/Order.java", "record"),
            new ImportedFile("src/main/resources/dibs/04-functions.sql", "CREATE FUNCTION"),
            new ImportedFile("src/main/resources/dibs/05-views.sql", "CREATE VIEW"));

    @Test
    void writesEveryFileUnderTheProject() throws Exception {
        List<String> written = ImportedFiles.write(project, files, false);

        assertThat(written).containsExactly("src/main/java/com/acme/db/Order.java", "src/main/resources/dibs/04-functions.sql",
                "src/main/resources/dibs/05-views.sql");
        assertThat(Files.readString(project.resolve("src/main/resources/dibs/05-views.sql"))).isEqualTo("CREATE VIEW");
        try (var left = Files.list(project.resolve("src/main/resources/dibs"))) {
            assertThat(left).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void existingFilesAreListedAndNothingIsWrittenWithoutOverwrite() throws Exception {
        Path views = project.resolve("src/main/resources/dibs/05-views.sql");
        Path order = project.resolve("src/main/java/com/acme/db/Order.java");
        Files.createDirectories(views.getParent());
        Files.createDirectories(order.getParent());
        Files.writeString(views, "mine");
        Files.writeString(order, "mine too");

        DibsException e = catchThrowableOfType(DibsException.class, () -> ImportedFiles.write(project, files, false));

        assertThat(e.getMessage()).isEqualTo("dibs:import refuses to overwrite 2 files that already exist; nothing was written:\n"
                + "  src/main/java/com/acme/db/Order.java\n  src/main/resources/dibs/05-views.sql\n"
                + "Fix: move them away (or commit them first) and import again, or import with -Ddibs.overwrite=true to replace them.");
        assertThat(project.resolve("src/main/resources/dibs/04-functions.sql")).doesNotExist();
        assertThat(Files.readString(views)).isEqualTo("mine");

        ImportedFiles.write(project, files, true);
        assertThat(Files.readString(views)).isEqualTo("CREATE VIEW");
        assertThat(Files.readString(order)).isEqualTo("record");
    }

    /** After an overwrite, the files beside the imported ones that it did not write are named, none deleted. */
    @Test
    void filesBesideTheImportedOnesThatItDidNotWriteAreNamed() throws Exception {
        Path gone = project.resolve("src/main/java/com/acme/db/Invoice.java"); // an earlier import's, of a dropped table
        Path oldViews = project.resolve("src/main/resources/dibs/06-triggers.sql");
        Path notes = project.resolve("src/main/java/com/acme/db/README.md");
        Path nested = project.resolve("src/main/java/com/acme/db/sub/Other.java");
        Files.createDirectories(nested.getParent());
        Files.createDirectories(oldViews.getParent());
        for (Path p : List.of(gone, oldViews, notes, nested)) {
            Files.writeString(p, "old");
        }

        ImportedFiles.write(project, files, true);

        assertThat(ImportedFiles.leftovers(project, files)).containsExactly("src/main/java/com/acme/db/Invoice.java",
                "src/main/resources/dibs/06-triggers.sql");
        assertThat(gone).exists();
        assertThat(oldViews).exists();
        assertThat(ImportedFiles.leftovers(project.resolve("elsewhere"), files)).as("folders not there yet").isEmpty();
    }
}
