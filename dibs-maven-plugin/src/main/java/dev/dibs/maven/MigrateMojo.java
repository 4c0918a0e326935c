package dev.dibs.maven;

import dev.dibs.engine.fleet.FleetResult;
import dev.dibs.engine.fleet.FleetTarget;
import dev.dibs.engine.fleet.FleetWork;
import dev.dibs.engine.fleet.TargetOutcome;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.load.LoadedSchema;
import java.util.ArrayList;
import java.util.List;
import dev.dibs.engine.migrate.MigrationReport;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.ops.Background;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.ReportWriter;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies pending migrations in order, each once, streaming progress; then reports any drift
 * left between the database and the Java schema ({@code failOnDrift} fails the build on it).
 * Writes {@code target/dibs/migrate.log} and the diff reports.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class MigrateMojo extends AbstractDibsMojo {

    /** Fail the build when the database still differs from the Java schema after migrating (over a fleet: compare each target only then). */
    @Parameter(property = "dibs.failOnDrift", defaultValue = "false")
    protected boolean failOnDrift;

    @Inject
    public MigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean worksOnFleets() {
        return true;
    }

    @Override
    protected List<String> reportFiles() {
        return reportFilesOrFleets(java.util.stream.Stream.concat(dev.dibs.engine.report.ReportWriter.FILES.stream(),
                java.util.stream.Stream.of("migrate.log")).toList());
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (fleet()) {
            migrateFleet();
            return;
        }
        // the Java schema is read while the database is opened, the migrations found and the lock taken; the
        // runner waits for it before writing anything, so that one that cannot be read stops the run first
        try (Background<LoadedSchema> loading = startLoadingIntent()) {
            Database opened;
            try {
                opened = openDatabase();
            } catch (MojoFailureException | RuntimeException e) {
                try {
                    loading.get(); // the Java schema's failure is said first
                } catch (RuntimeException unreadable) {
                    unreadable.addSuppressed(e);
                    throw unreadable;
                }
                throw e;
            }
            migrate(loading, opened);
        }
    }

    private void migrate(Background<LoadedSchema> intent, Database opened) throws MojoExecutionException, MojoFailureException {
        try (Database db = opened; ProgressLog progress = new ProgressLog(getLog());
             // the Java schema is built on the scratch server while the migrations run; the check after them inspects and plans
             DriftDetector.Ahead drift = DriftDetector.Ahead.start(intent::get, db.info(), scratchServers(), historyTables())) {
            try {
                MigrationReport report = MigrationRunner.builder().database(db.info()).classpath(classpath()).packages(packageList())
                        .schemas(schemaList()).flywayLocations(flywayLocationList()).lockTimeout(lockTimeout).lockWait(lockWait())
                        .listener(progress).intent(intent::get).flywayTable(flywayTable)
                        // the check after migrating reads the database while dibs writes its own rows
                        .afterMigrations(drift::startReading).build().run();
                getLog().info("dibs: applied " + report.applied().size() + " migrations in " + report.took().toMillis() + " ms ("
                        + report.previouslyApplied() + " applied before)");
            } catch (RuntimeException e) {
                progress.stopped(e.getMessage());
                throw e;
            } finally {
                progress.write(reportsDirectory().resolve("migrate.log"));
            }
            DriftReport left = drift.detect(planOptions());
            ReportWriter.write(reportsDirectory(), left);
            if (left.hasDrift()) {
                String message = "After migrating, the database still differs from the Java schema:\n" + ConsoleReport.summary(left)
                        + "\nWrite a migration for it (mvn dibs:generate -Ddibs.name=...).";
                if (failOnDrift) {
                    throw new DibsFailure(message + " (failOnDrift)");
                }
                getLog().warn("dibs: " + message);
            } else {
                getLog().info("dibs: the database matches the Java schema");
            }
        }
    }

    /**
     * Every target of the fleet, each exactly as one database is migrated; with {@code failOnDrift},
     * each is then compared with the Java schema as {@code dibs:diff} over the fleet would (which
     * builds the Java schema once per tenant: without it, no target is compared).
     */
    private void migrateFleet() throws MojoExecutionException, MojoFailureException {
        List<FleetTarget> fleet = fleetTargets();
        LoadedSchema intent = fleetIntent(fleet);
        if (!failOnDrift) {
            failOnFailedTargets(runFleet("migrate", fleet, FleetWork.migrate(fleetRunner(intent), schemaList())), List.of());
            return;
        }
        FleetResult result;
        try (DriftDetector.Shared drift = new DriftDetector.Shared(scratchServers())) {
            result = runFleet("migrate", fleet, FleetWork.migrateThenDiff(fleetRunner(intent), schemaList(), fleetIntents(intent),
                    drift, historyTables()));
        }
        List<String> problems = new ArrayList<>();
        if (!result.drifting().isEmpty()) {
            problems.add("After migrating, " + driftingTargets(result));
        }
        List<TargetOutcome> notCompared = result.notCompared();
        if (!notCompared.isEmpty()) {
            String why = notCompared.get(0).result().notCompared();
            problems.add(notCompared.size() + " targets could not be compared with the Java schema after migrating: "
                    + String.join(", ", notCompared.stream().limit(20).map(o -> Printable.escape(o.target().name())).toList())
                    + (notCompared.size() > 20 ? ", …" : "") + " (the first: "
                    + Printable.escape(why) + ")");
        }
        failOnFailedTargets(result, problems);
        if (!problems.isEmpty()) {
            // each name and difference escaped where it was put in: the line breaks are the message's own
            throw new DibsFailure(String.join("; ", problems) + " (failOnDrift). " + (result.drifting().isEmpty()
                    ? "Fix what kept the comparison from running and run dibs:diff over the fleet (its migrations are done),"
                    : "Write a migration for what differs (mvn dibs:generate -Ddibs.name=...),") + " or see target/dibs/fleet.html."
                    + dev.dibs.engine.fleet.FleetDifferences.grouped(result.drifting()));
        }
        getLog().info("dibs: every target of the fleet matches the Java schema");
    }
}
