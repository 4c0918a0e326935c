package dev.dibs.maven;

import dev.dibs.engine.migrate.DiscoveredMigration;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.migrate.MigrationStatus;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Lists applied, pending, changed (applied, then edited) and missing (applied, class gone) migrations. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StatusMojo extends AbstractDibsMojo {

    @Inject
    public StatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try (Database db = openDatabase()) {
            MigrationStatus status = MigrationRunner.builder().database(db.info()).classpath(classpath()).packages(packageList())
                    .schemas(schemaList()).build().status();
            getLog().info("dibs: " + status.applied().size() + " applied, " + status.pending().size() + " pending, "
                    + status.changed().size() + " changed, " + status.missing().size() + " missing");
            status.applied().forEach(id -> getLog().info("    applied  " + id));
            status.pending().forEach(m -> getLog().info("    pending  " + m.describe()));
            for (DiscoveredMigration m : status.changed()) {
                getLog().warn("    changed  " + m.describe() + ": its source differs from the applied one");
            }
            status.missing().forEach(id -> getLog().warn("    missing  " + id + ": applied, but no class has this id any more"));
        }
    }
}
