package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
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
    protected void run() throws MojoExecutionException, MojoFailureException {
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
}
