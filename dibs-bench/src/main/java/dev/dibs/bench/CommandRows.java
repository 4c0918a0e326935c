package dev.dibs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The whole-command rows of the report, from the medians {@link CommandBench} took. */
final class CommandRows {

    private final Report report;
    private final int tables;
    private final int migrations;

    CommandRows(Report report, int tables, int migrations) {
        this.report = report;
        this.tables = tables;
        this.migrations = migrations;
    }

    /**
     * Adds the rows. {@code dibsDifference} and {@code apgdiffDifference} say how the database each tool's plan was
     * applied to still differs from the reference (null: not at all).
     */
    void add(Map<String, List<Double>> t, double inspect, String plugin, long[] reportSizes, String dibsDifference,
             String apgdiffDifference, Map<String, String> versions, String liquibase) {
        double help = median(t.get("help"));
        double sql = median(t.get("sql"));
        double beyond = sql - help;
        String plan = String.format("%,d → %,d changes", tables, SchemaMutation.changes(tables));
        report.add("whole: Maven start-up, `mvn dibs:help`", "", Report.ms(help), "", "", "baseline", null);
        report.add("whole: db-to-db plan, `dibs:sql -Ddibs.referenceUrl`, beyond Maven", plan,
                Report.ms(sql) + " (" + Report.ms(beyond) + " beyond Maven)", "2 × in-process introspection " + Report.ms(2 * inspect),
                Report.times(beyond / (2 * inspect)), "≤ 1.3×", beyond / (2 * inspect) <= 1.3);
        if (t.containsKey("dump")) {
            double dump = median(t.get("dump"));
            report.add("whole: db-to-db plan, dibs beyond Maven vs dump + diff", plan, Report.ms(beyond),
                    versions.get("pg_dump") + " ×2 (its restrict lines removed) + " + versions.get("apgdiff") + " "
                            + Report.ms(dump),
                    Report.times(beyond / dump) + " (whole command " + Report.times(sql / dump) + ")", "< 1×", beyond < dump);
        }
        if (t.containsKey("liquibase")) {
            double lb = median(t.get("liquibase"));
            report.add("whole: db-to-db plan, Liquibase diff", plan, Report.ms(sql),
                    versions.get("liquibase") + " " + liquibase + " (own JVM, -Xss512m), " + Report.ms(lb) + " ("
                            + t.get("liquibase").size() + " runs)", "Liquibase takes " + Report.times(lb / sql), "", null);
        } else if (liquibase.startsWith("failed")) {
            report.add("whole: db-to-db plan, Liquibase diff", plan, Report.ms(sql), versions.get("liquibase") + " " + liquibase,
                    "", "", null);
        }
        String apgdiff = !t.containsKey("dump") ? "apgdiff not measured"
                : "apgdiff's SQL applied: " + (apgdiffDifference == null ? "converges" : "does not converge, " + apgdiffDifference);
        report.add("whole: db-to-db plan converges (plan applied to A, then A = B)", plan,
                dibsDifference == null ? "converges" : "does not converge, " + dibsDifference, apgdiff, "", "dibs converges",
                dibsDifference == null);

        double migrate = median(t.get("migrate"));
        double flyway = median(t.get("flyway"));
        report.add("whole: migrate, `mvn dibs:migrate`", String.format("%,d SQL migrations, fresh database", migrations),
                Report.ms(migrate) + String.format(" (%d runs: each round in both orders)", t.get("migrate").size()), "Flyway " + CommandProjects.FLYWAY_VERSION + " `mvn flyway:migrate` " + Report.ms(flyway),
                Report.times(migrate / flyway), "≤ 0.8×", migrate / flyway <= 0.8);

        over("`dibs:check`", "quickstart", t, "check", help);
        over("`dibs:generate -Ddibs.name=x`", "quickstart, one column added", t, "generate", help);

        double diff = median(t.get("diff"));
        double diffEmpty = median(t.get("diffEmpty"));
        report.add("whole: `dibs:diff`, empty Java schema", String.format("%,d tables vs empty database", tables),
                Report.ms(diff), "the same on an empty database " + Report.ms(diffEmpty),
                String.format("%+.2f s", (diff - diffEmpty) / 1000), "≤ +0.5 s", diff - diffEmpty <= 500);
        report.add("whole: `dibs:diff` reports", String.format("%,d tables dropped", tables),
                String.format("diff.json %.1f MB, report.html %.1f MB", reportSizes[0] / 1e6, reportSizes[1] / 1e6), "", "",
                "", null);
        report.note(String.format("Whole commands: %s, offline, batch, quiet (`mvn -o -B -q`), %s; databases on %s; medians of"
                        + " %d interleaved rounds after one untimed warm-up round; \"beyond Maven\" subtracts `mvn dibs:help`.",
                versions.get("maven"), plugin, versions.get("server"), t.get("help").size()));
    }

    /** A cold and a warm row for a goal run on the quickstart, the warm one against its target. */
    private void over(String goal, String size, Map<String, List<Double>> t, String key, double help) {
        double cold = median(t.get(key + "Cold"));
        double warm = median(t.get(key + "Warm"));
        report.add("whole: " + goal + ", cold (java.io.tmpdir and target/dibs emptied)", size,
                Report.ms(cold) + String.format(" (%+.2f s over Maven)", (cold - help) / 1000), "", "", "", null);
        report.add("whole: " + goal + ", warm", size, Report.ms(warm), "Maven start-up " + Report.ms(help),
                String.format("%+.2f s", (warm - help) / 1000), "≤ +1 s over Maven", warm - help <= 1000);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
