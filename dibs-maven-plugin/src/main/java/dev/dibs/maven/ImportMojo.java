package dev.dibs.maven;

import dev.dibs.engine.importer.ImportResult;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.ops.ImportFromDatabase;
import dev.dibs.engine.ops.ImportedFiles;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes the project's schema from an existing database: one annotated record per table and one
 * enum per enum type under {@code src/main/java/<importPackage>/}, and the {@code dibs/*.sql} files
 * of everything else under {@code src/main/resources/dibs/}. Refuses, writing nothing, when the
 * database has something neither can declare, and when a file to write exists (unless
 * {@code overwrite}). Needs {@code url}: the embedded dev database is built from the project, so
 * there is nothing to import from it.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractDibsMojo {

    /** The package of the records and enums, e.g. {@code com.acme.db}. */
    @Parameter(property = "dibs.importPackage")
    protected String importPackage;

    /** Replace files that already exist; without it, the import refuses and lists them. */
    @Parameter(property = "dibs.overwrite", defaultValue = "false")
    protected boolean overwrite;

    @Inject
    public ImportMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        parameters.importPackage(importPackage);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (configuredUrl() == null) {
            throw new DibsFailure("dibs:import reads an existing database, and none is configured: give its JDBC URL with"
                    + " -Ddibs.url=jdbc:postgresql://host:5432/app (or " + DATABASE_URL_ENV + "). The embedded dev database"
                    + " dibs uses without one is built from this project, so importing it would give nothing back.");
        }
        ImportResult result;
        try (Database db = openDatabase()) {
            result = ImportFromDatabase.run(db.info(), schemaList(), importPackage.trim());
        }
        result.warnings().forEach(w -> getLog().warn("dibs: " + Printable.escape(w)));
        List<String> written = ImportedFiles.write(project.getBasedir().toPath(), result.files(), overwrite);
        written.forEach(path -> getLog().info("dibs: wrote " + path));
        List<String> leftovers = overwrite ? ImportedFiles.leftovers(project.getBasedir().toPath(), result.files()) : List.of();
        if (!leftovers.isEmpty()) {
            getLog().warn("dibs: " + leftovers.size() + (leftovers.size() == 1 ? " file" : " files") + " beside the imported ones"
                    + " were not written by this import and are left as they were: " + Printable.escape(String.join(", ", leftovers))
                    + ". Delete those that declare tables, enums or SQL objects the database no longer has (an earlier import's):"
                    + " the project would create them again.");
        }
        getLog().info("dibs: imported " + written.size() + (written.size() == 1 ? " file" : " files")
                + "; next: mvn compile dibs:diff -Ddibs.url=… should find no differences.");
    }
}
