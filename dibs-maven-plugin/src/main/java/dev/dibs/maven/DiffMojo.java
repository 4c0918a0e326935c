package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.ReportWriter;
import dev.dibs.engine.fleet.FleetResult;
import dev.dibs.engine.fleet.FleetTarget;
import dev.dibs.engine.fleet.FleetWork;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.DriftDetector;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Compares the Java schema with the database: prints the typed differences grouped by table,
 * writes {@code target/dibs/diff.json}, {@code diff.md} and {@code plan.sql}; with
 * {@code failOnDrift} the build fails when they differ.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DiffMojo extends AbstractComparingMojo {

    /** Fail the build when the database differs from the Java schema. */
    @Parameter(property = "dibs.failOnDrift", defaultValue = "false")
    protected boolean failOnDrift;

    @Inject
    public DiffMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean worksOnFleets() {
        return true;
    }

    @Override
    protected List<String> reportFiles() {
        return reportFilesOrFleets(dev.dibs.engine.report.ReportWriter.FILES);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (fleet()) {
            diffFleet();
            return;
        }
        try (Database db = openDatabase()) {
            DriftReport report = compare(db);
            report.warnings().forEach(w -> getLog().warn("dibs: " + Printable.escape(w)));
            ReportWriter.write(reportsDirectory(), report);
            ConsoleReport.print(report, getLog());
            getLog().info("dibs: reports in " + project.getBasedir().toPath().relativize(reportsDirectory()));
            if (failOnDrift && report.hasDrift()) {
                throw new DibsFailure("The database differs from " + report.desiredState() + " (failOnDrift):\n"
                        + ConsoleReport.summary(report) + "\nSee target/dibs/diff.md; " + (comparesWithReference()
                        ? "dibs:sql with the same referenceUrl shows the DDL that makes it match (-Ddibs.apply runs it)."
                        : "run dibs:migrate (or dibs:sql -Ddibs.apply) to bring the database up to date."));
            }
        }
    }

    /** Each target's migrations and drift; {@code failOnDrift} fails naming the drifting targets. */
    private void diffFleet() throws MojoExecutionException, MojoFailureException {
        if (comparesWithReference()) {
            throw new DibsFailure("referenceUrl compares one database with another; over a fleet, dibs:diff compares each target"
                    + " with the Java schema. Remove referenceUrl, or the fleet parameters.");
        }
        List<FleetTarget> fleet = fleetTargets();
        // a database fleet's Java schema, read once; for tenants, the first tenant's read to refuse a @Table naming its schema
        LoadedSchema whole = fleetIntent(fleet);
        FleetResult result;
        try (DriftDetector.Shared drift = new DriftDetector.Shared(scratchServers())) {
            result = runFleet("diff", fleet, FleetWork.diff(fleetRunner(null), schemaList(), fleetIntents(whole), drift, historyTables()));
        }
        List<String> problems = new java.util.ArrayList<>();
        if (!result.failed().isEmpty()) {
            problems.add(result.failed().size() + " targets could not be compared: "
                    + String.join(", ", result.failed().stream().limit(20).map(o -> Printable.escape(o.target().name())).toList()));
        }
        if (!result.drifting().isEmpty()) {
            problems.add(driftingTargets(result));
        }
        String grouped = dev.dibs.engine.fleet.FleetDifferences.grouped(result.drifting());
        if (problems.isEmpty()) {
            getLog().info("dibs: every target of the fleet matches the Java schema");
        } else if (failOnDrift) {
            // each name and difference escaped where it was put in (FleetDifferences): the line breaks are the message's own
            throw new DibsFailure(String.join("; ", problems) + " (failOnDrift). Run dibs:migrate over the fleet,"
                    + " or see target/dibs/fleet.html." + grouped);
        } else {
            problems.forEach(p -> getLog().warn("dibs: " + p));
            grouped.lines().filter(line -> !line.isEmpty()).forEach(line -> getLog().warn("dibs: " + line));
        }
    }
}
