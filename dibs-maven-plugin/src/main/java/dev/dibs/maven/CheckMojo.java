package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.ops.Background;
import dev.dibs.engine.ops.MigrationReplay;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.ReportWriter;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The CI gate, without a live database: replays every migration on a throwaway PostgreSQL and
 * fails when the result differs from the Java schema, naming each difference, or when a migration
 * fails.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractDibsMojo {

    /**
     * Where to replay: {@code embedded} (default: an embedded PostgreSQL of {@code embeddedVersion}),
     * {@code docker:IMAGE}, e.g. {@code docker:postgres:17}, or a JDBC URL of a server whose user may
     * create databases.
     */
    @Parameter(property = "dibs.checkDatabase", defaultValue = "embedded")
    protected String checkDatabase;

    @Inject
    public CheckMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        parameters.checkDatabase(checkDatabase);
    }

    @Override
    protected List<String> reportFiles() {
        return dev.dibs.engine.report.ReportWriter.FILES;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LoadedSchema intent;
        MigrationReplay.Result result;
        try (Background<PostgresServer> starting = startCheckServer(checkDatabase); Background<LoadedSchema> loading = startLoadingIntent()) {
            try (ProgressLog progress = new ProgressLog(getLog())) {
                // the replay stops the server once it has read both schemas
                result = MigrationReplay.replay(loading::get, schemaList(), classpath(), packageList(), flywayLocationList(),
                        starting::get, progress);
            }
            intent = loading.get();
        }
        ReportWriter.write(reportsDirectory(), new DriftReport("the " + result.migrations().applied().size()
                + " migrations replayed on " + result.server(), DriftReport.JAVA_SCHEMA, result.plan(), result.desired(), List.of(),
                intent.warnings(), result.unreproducible()));
        List<String> differences = result.plan().changes().stream().map(ChangeDescriber::asMissingFromMigrations).toList();
        if (!result.agree()) {
            int count = differences.size() + result.unreproducible().size();
            throw new DibsFailure("dibs:check: replaying the " + result.migrations().applied().size() + " migrations does not give the"
                    + " Java schema (" + count + " differences):"
                    + (differences.isEmpty() ? "" : "\n  " + String.join("\n  ", differences)
                            + "\nWrite the missing migration: mvn compile dibs:generate -Ddibs.name=...")
                    + (result.unreproducible().isEmpty() ? "" : "\n  " + String.join("\n  ",
                            result.unreproducible().stream().map(Printable::escape).toList())
                            + "\nNo migration dibs writes changes " + (result.unreproducible().size() == 1 ? "that" : "those")
                            + " (the Java schema cannot say it): change the migration that made it, or add one of your own"
                            + " that makes the object as the Java schema has it."));
        }
        getLog().info("dibs: check passed: the " + result.migrations().applied().size() + " migrations give exactly the Java schema"
                + " (replayed on " + result.server() + ")");
    }
}
