package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.fleet.FleetResult;
import dev.dibs.engine.fleet.FleetTarget;
import dev.dibs.engine.fleet.FleetWork;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.migrate.MigrationStatus;
import java.util.List;
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
    protected boolean worksOnFleets() {
        return true;
    }

    @Override
    protected List<String> reportFiles() {
        return reportFilesOrFleets(List.of());
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (fleet()) {
            List<FleetTarget> fleet = fleetTargets();
            FleetResult result = runFleet("status", fleet, FleetWork.status(fleetRunner(null), schemaList()));
            if (!result.failed().isEmpty()) {
                getLog().warn("dibs: " + result.failed().size() + " targets could not be read (see the table above)");
            }
            return;
        }
        try (Database db = openDatabase()) {
            MigrationStatus status = MigrationRunner.builder().database(db.info()).classpath(classpath()).packages(packageList())
                    .schemas(schemaList()).flywayLocations(flywayLocationList()).flywayTable(flywayTable).build().status();
            getLog().info("dibs: " + status.applied().size() + " applied, " + status.pending().size() + " pending, "
                    + status.changed().size() + " changed, " + status.missing().size() + " missing");
            List<String[]> rows = new java.util.ArrayList<>();
            status.applied().forEach(id -> rows.add(new String[] {"applied", id, status.changed().stream()
                    .anyMatch(m -> m.id().equals(id)) ? "CHANGED since it was applied" : status.missing().contains(id)
                    ? "MISSING: no class or SQL file has this id any more" + (status.fromFlyway().contains(id) ? " (applied by Flyway)" : "")
                    : status.fromFlyway().contains(id) ? "(from Flyway)" : ""}));
            status.pending().forEach(m -> rows.add(new String[] {"pending", m.id(), m.className()}));
            // why dibs:migrate would stop before running anything (a failed Flyway migration, …), each line as said
            status.refusals().forEach(r -> r.lines().forEach(line -> rows.add(new String[] {"", "", "REFUSED: " + line})));
            // ids, class names and Flyway's descriptions are read from the database and the class path: one line each
            rows.replaceAll(r -> new String[] {r[0], Printable.escape(r[1]), Printable.escape(r[2])});
            int width = rows.stream().mapToInt(r -> r[1].length()).max().orElse(2);
            getLog().info(String.format("    %-8s  %-" + width + "s  %s", "state", "id", "note"));
            for (String[] r : rows) {
                String line = String.format("    %-8s  %-" + width + "s  %s", r[0], r[1], r[2]);
                if (r[2].startsWith("CHANGED") || r[2].startsWith("MISSING") || r[2].startsWith("REFUSED")) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
    }
}
