package dev.dibs.maven;

import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.ops.Baseline;
import dev.dibs.engine.ops.BaselineException;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Records that the database already is the Java schema ("production already is this"): writes a
 * baseline migration {@code <UTC timestamp>_baseline} that creates the whole schema on a new
 * database, and records it in {@code __dibs_migrations} as applied, without running it. On
 * another database (staging) the project's baseline is recorded; on one that has it, nothing
 * changes. Refuses, listing the differences as {@code dibs:diff} does, when the database differs,
 * and when the database or the project has migrations other than a baseline.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class BaselineMojo extends AbstractDibsMojo {

    /** The package to write the baseline migration into, e.g. {@code com.acme.migrations}. */
    @Parameter(property = "dibs.migrationsPackage")
    protected String migrationsPackage;

    /** Where the baseline is planned: {@code embedded} (default, of {@code embeddedVersion}), {@code docker:IMAGE} or a JDBC URL. */
    @Parameter(property = "dibs.checkDatabase", defaultValue = "embedded")
    protected String checkDatabase;

    @Inject
    public BaselineMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        // needed only to write a new baseline; the engine says so when it is missing then
        if (migrationsPackage != null && !migrationsPackage.isBlank()) {
            parameters.migrationsPackage(migrationsPackage);
        }
        parameters.checkDatabase(checkDatabase);
    }

    @Override
    protected List<String> reportFiles() {
        return dev.dibs.engine.report.ReportWriter.FILES;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LoadedSchema intent = loadIntent();
        Path sourceRoot = Path.of(project.getCompileSourceRoots().get(0));
        PostgresServer[] replay = {null};
        try (Database db = openDatabase(); ProgressLog progress = new ProgressLog(getLog())) {
            Baseline.Result result;
            try {
                result = Baseline.builder().intent(intent).database(db.info()).classpath(classpath()).packages(packageList())
                        .schemas(schemaList()).writeTo(sourceRoot, migrationsPackage).lockWait(lockWait()).listener(progress)
                        .scratch(scratchServers())
                        .replayServer(() -> replay[0] != null ? replay[0] : (replay[0] = checkServer(checkDatabase)))
                        .build().run();
            } catch (BaselineException e) {
                if (e.report() != null) {
                    ReportWriter.write(reportsDirectory(), e.report());
                }
                throw e;
            }
            if (result.report() != null) {
                result.report().warnings().stream().filter(w -> !intent.warnings().contains(w))
                        .forEach(w -> getLog().warn("dibs: " + Printable.escape(w)));
                ReportWriter.write(reportsDirectory(), result.report());
            }
            switch (result.outcome()) {
                case WRITTEN_AND_RECORDED -> getLog().info("dibs: the database matches the Java schema; wrote "
                        + project.getBasedir().toPath().relativize(result.file()) + " and recorded " + Printable.escape(result.id())
                        + " as applied there, without running it. Commit the file: it creates the schema on new databases;"
                        + " record it on other databases that already have the schema with mvn compile dibs:baseline.");
                case RECORDED -> getLog().info("dibs: the database matches the Java schema; recorded the project's baseline "
                        + Printable.escape(result.id() + " (" + result.className() + ")") + " as applied there, without running it. No file written.");
                case ALREADY_RECORDED -> getLog().info("dibs: the database already records the baseline " + Printable.escape(result.id())
                        + "; nothing changed.");
            }
        } finally {
            if (replay[0] != null) {
                replay[0].close();
            }
        }
    }
}
