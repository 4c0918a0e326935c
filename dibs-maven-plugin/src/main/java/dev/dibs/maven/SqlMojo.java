package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.ops.EmptySchemaGuard;
import dev.dibs.engine.ops.RefusalGuard;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.postgres.ServerErrors;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.ReportWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The ordered DDL that makes the database match the Java schema (or the {@code referenceUrl} database), hazards as comments, to the log
 * and {@code target/dibs/plan.sql}. With {@code apply}, runs it in one transaction (declarative
 * mode, for dev databases), refusing statements whose hazards are not in {@code allowHazards}.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractComparingMojo {

    /** Run the plan against the database. */
    @Parameter(property = "dibs.apply", defaultValue = "false")
    protected boolean apply;

    /** Hazards allowed to run with {@code apply}, e.g. {@code DELETES_DATA,REWRITES_TABLE}; none by default. */
    @Parameter(property = "dibs.allowHazards")
    protected List<String> allowHazards;

    @Inject
    public SqlMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        parameters.hazards(allowHazards);
    }

    @Override
    protected List<String> reportFiles() {
        return dev.dibs.engine.report.ReportWriter.FILES;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        List<Hazard> allowed = allowedHazards();
        try (Database db = openDatabase()) {
            DriftReport report = compare(db);
            report.warnings().forEach(w -> getLog().warn("dibs: " + Printable.escape(w)));
            ReportWriter.write(reportsDirectory(), report);
            getLog().info("dibs: reports in " + project.getBasedir().toPath().relativize(reportsDirectory()));
            // a name holding a line feed stays on its line (Printable.sql): the console shows each line behind [INFO]
            for (String line : Printable.sql(ReportWriter.planSql(report, false)).split("\n")) {
                getLog().info(Printable.escape(line));
            }
            report.unreproducible().forEach(u -> getLog().warn("dibs: beyond the plan: " + Printable.escape(u)));
            if (!apply || report.plan().isEmpty() && report.applicable()) {
                return;
            }
            if (!report.applicable()) {
                throw new DibsFailure("dibs:sql refused to apply the plan; nothing was applied. The database differs from "
                        + report.desiredState() + " in " + report.unreproducible().size() + " way(s) the plan cannot make right:\n  "
                        + String.join("\n  ", report.unreproducible().stream().map(Printable::escape).toList())
                        + "\nMake those objects right by hand or in a migration (or change the desired state), then plan again.");
            }
            if (!comparesWithReference()) {
                EmptySchemaGuard.check(report, packageList()); // a misspelt packages must not drop every table
            }
            RefusalGuard.check(report); // PostgreSQL would refuse a statement: say so instead of failing half-way
            List<Statement> refused = report.plan().statements().stream()
                    .filter(s -> s.hazards().stream().anyMatch(h -> !allowed.contains(h))).toList();
            if (!refused.isEmpty()) {
                StringBuilder sb = new StringBuilder("dibs:sql refused to apply the plan; nothing was applied. "
                        + refused.size() + " statement(s) carry hazards not allowed:");
                for (Statement s : refused) {
                    sb.append("\n  ").append(ConsoleReport.statementLine(s));
                }
                sb.append("\nReview them, then allow the hazards to run them, e.g. -Ddibs.allowHazards=")
                        .append(String.join(",", refused.stream().flatMap(s -> s.hazards().stream())
                                .filter(h -> !allowed.contains(h)).map(Enum::name).distinct().sorted().toList()));
                throw new DibsFailure(sb.toString());
            }
            try (Connection c = db.info().open()) {
                PlanApplier.apply(c, report.plan(), lockTimeout, new PlanListener() {
                    @Override
                    public void finished(int number, int total, Statement s, Duration took) {
                        getLog().info("dibs: [" + number + "/" + total + "] " + took.toMillis() + " ms  " + ConsoleReport.statementLine(s));
                    }
                });
            } catch (SQLException e) {
                throw new DibsFailure("cannot apply the plan on " + db.info().describe() + ": " + ServerErrors.said(e, db.info()));
            }
            getLog().info("dibs: applied " + report.plan().statements().size() + " statements");
        }
    }

    private List<Hazard> allowedHazards() throws MojoFailureException {
        if (allowHazards == null) {
            return List.of();
        }
        try {
            return allowHazards.stream().map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> Hazard.valueOf(s.toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("allowHazards " + allowHazards + " names an unknown hazard; the hazards are "
                    + List.of(Hazard.values()));
        }
    }
}
