package dev.dibs.maven;

import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.ops.Background;
import dev.dibs.engine.ops.MigrationGenerator;
import dev.dibs.engine.ops.MigrationReplay;
import dev.dibs.engine.ops.Unqualified;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes a new migration class for what the Java schema adds to the existing migrations, replayed
 * on a throwaway PostgreSQL (independent of any dev database): one {@code ctx.execute} per
 * statement, each statement's hazards as comments.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class GenerateMojo extends AbstractDibsMojo {

    /** The migration's name in snake_case, e.g. {@code add_orders}; its id is {@code <UTC timestamp>_<name>}. */
    @Parameter(property = "dibs.name")
    protected String name;

    /** The package to write migrations into, e.g. {@code com.acme.migrations}. */
    @Parameter(property = "dibs.migrationsPackage")
    protected String migrationsPackage;

    /** Where to replay: {@code embedded} (default, of {@code embeddedVersion}), {@code docker:IMAGE} or a JDBC URL. */
    @Parameter(property = "dibs.checkDatabase", defaultValue = "embedded")
    protected String checkDatabase;

    /**
     * For migrations run once per tenant schema ({@code tenantSchemas}): the names of the first of
     * {@code schemas} are written unqualified, so that each lands in the tenant being migrated.
     */
    @Parameter(property = "dibs.tenantReady", defaultValue = "false")
    protected boolean tenantReady;

    @Inject
    public GenerateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        parameters.migrationName(name).migrationsPackage(migrationsPackage).checkDatabase(checkDatabase);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationReplay.Result result;
        try (Background<PostgresServer> starting = startCheckServer(checkDatabase); Background<LoadedSchema> loading = startLoadingIntent()) {
            // the replay stops the server once it has read both schemas
            result = MigrationReplay.replay(loading::get, schemaList(), classpath(), packageList(), flywayLocationList(),
                    starting::get, MigrationListener.NONE, planOptions());
        }
        // what differs that no statement of dibs changes is said, not written
        result.unreproducible().forEach(u -> getLog().warn("dibs: " + Printable.escape(u) + " No migration dibs writes changes that: change the migration"
                + " that made it, or write one of your own."));
        if (result.plan().isEmpty()) {
            // as Atlas's migrate diff: an up-to-date project is no failure (dibs:check is the gate for what it cannot write)
            getLog().info("dibs: nothing to generate: the " + result.migrations().applied().size()
                    + " existing migrations already give the Java schema"
                    + (result.unreproducible().isEmpty() ? "." : " but for what is said above, which dibs cannot write."));
            return;
        }
        Path sourceRoot = Path.of(project.getCompileSourceRoots().get(0));
        Plan plan = result.plan();
        if (tenantReady) {
            String schema = schemaList().get(0);
            Unqualified.Result unqualified = Unqualified.of(plan, schema);
            plan = unqualified.plan();
            if (!unqualified.stillNaming().isEmpty()) {
                getLog().warn("dibs: statements " + unqualified.stillNaming() + " of the new migration still name " + Printable.escape(schema)
                        + " inside a string or a function body, which dibs does not rewrite: make them unqualified by hand, or each"
                        + " tenant's migration reaches that schema there.");
            }
        }
        List<Path> written;
        try {
            written = MigrationGenerator.write(plan, sourceRoot, migrationsPackage.trim(), name, ZonedDateTime.now());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MojoFailureException("dibs:generate: " + e.getMessage());
        }
        for (Path file : written) {
            getLog().info("dibs: wrote " + project.getBasedir().toPath().relativize(file) + (written.size() == 1
                    ? " (" + result.plan().statements().size() + " statements)" : "") + "; review it, then mvn compile dibs:migrate");
        }
    }
}
