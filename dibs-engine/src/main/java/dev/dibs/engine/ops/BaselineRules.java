package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.migrate.DiscoveredMigration;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** When {@code dibs:baseline} refuses, and its words for it. */
final class BaselineRules {

    private static final int LISTED = 5;

    private BaselineRules() {
    }

    static boolean isBaseline(String id) {
        return id.endsWith(Baseline.SUFFIX);
    }

    /**
     * The project's baseline migration, or null when it has none. Refuses when the project has any
     * other migration: a new baseline's id (now's timestamp) would sort after them, so a fresh
     * database would run them first and then the baseline would create everything again.
     */
    static DiscoveredMigration projectBaseline(List<DiscoveredMigration> discovered) {
        List<DiscoveredMigration> baselines = discovered.stream().filter(m -> isBaseline(m.id())).toList();
        List<DiscoveredMigration> others = discovered.stream().filter(m -> !isBaseline(m.id())).toList();
        if (!others.isEmpty()) {
            throw new BaselineException("The project already has " + others.size() + " migration" + (others.size() == 1 ? "" : "s")
                    + " other than a baseline (" + Printable.escape(some(others.stream().map(DiscoveredMigration::describe).toList())) + "), so it"
                    + " cannot be baselined; nothing was written or recorded. A baseline must be the project's first migration: one"
                    + " written now would sort after them, and a fresh database would run them first and then the baseline, which"
                    + " creates every table again. A database those migrations built is brought up to date with dibs:migrate;"
                    + " dibs:baseline is for adopting dibs on a project that has no migrations yet.");
        }
        if (baselines.size() > 1) {
            throw new BaselineException("The project has " + baselines.size() + " baseline migrations ("
                    + Printable.escape(some(baselines.stream().map(DiscoveredMigration::describe).toList())) + "); nothing was written or recorded."
                    + " A project has one baseline: delete the others (they were never run anywhere but where they were recorded).");
        }
        return baselines.isEmpty() ? null : baselines.get(0);
    }

    /**
     * Refuses when the database has applied migrations other than {@code baseline} (null: the
     * project has none, so any recorded one is foreign).
     */
    static void checkApplied(Map<String, String> applied, DiscoveredMigration baseline, String database) {
        List<String> others = applied.keySet().stream().filter(id -> !isBaseline(id)).toList();
        if (!others.isEmpty()) {
            throw new BaselineException("The database " + database + " already has " + others.size() + " dibs migration"
                    + (others.size() == 1 ? "" : "s") + " applied (" + Printable.escape(some(others)) + "), so it cannot be baselined; nothing was"
                    + " written or recorded. A baseline is for a database dibs has never migrated: this one is managed by its"
                    + " migrations already (dibs:status lists them; dibs:migrate brings it up to date).");
        }
        List<String> foreign = applied.keySet().stream().filter(id -> baseline == null || !id.equals(baseline.id())).toList();
        if (!foreign.isEmpty()) {
            throw new BaselineException("The database " + database + " records the baseline " + Printable.escape(String.join(", ", foreign))
                    + (baseline == null ? ", which the project does not have" : ", not the project's " + Printable.escape(baseline.describe()))
                    + "; nothing was written or recorded. Restore that baseline migration in the project (from version control),"
                    + " or, if the database really has no history, delete its row from __dibs_migrations and run dibs:baseline again.");
        }
    }

    /** The refusal for a project whose baseline, replayed, does not give the Java schema (it changed since, without a migration). */
    static String outdated(DiscoveredMigration baseline, MigrationReplay.Result replay) {
        List<String> differences = new java.util.ArrayList<>(replay.plan().changes().stream().map(ChangeDescriber::asMissingFromMigrations).toList());
        replay.unreproducible().forEach(u -> differences.add(dev.dibs.engine.naming.Printable.escape(u)));
        return "The project's baseline " + baseline.describe() + " does not give the Java schema: replayed on a throwaway"
                + " database, " + differences.size() + (differences.size() == 1 ? " difference remains" : " differences remain") + ":\n  "
                + String.join("\n  ", differences) + "\nThis database is the Java schema, so it is not what the baseline creates,"
                + " and recording the baseline here would be false; nothing was written or recorded. The baseline can be"
                + " recorded only where the database is what it creates (dibs:check shows the same differences).";
    }

    /** The refusal for a database that differs from the Java schema, the differences worded as dibs:diff words them. */
    static String differences(DriftReport report, String database) {
        int count = report.plan().changes().size() + report.unreproducible().size();
        StringBuilder sb = new StringBuilder("The database " + database + " does not match the Java schema, so it cannot be"
                + " baselined; nothing was written or recorded. " + count + (count == 1 ? " difference" : " differences")
                + " (as dibs:diff shows them: + only in the Java schema, - only in the database, ~ different):");
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (SchemaChange change : report.plan().changes()) {
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            byTable.computeIfAbsent(d.table() == null ? "(schema)" : Printable.escape(d.table()), k -> new ArrayList<>())
                    .add(d.marker() + " " + Printable.escape(d.text()));
        }
        byTable.forEach((table, lines) -> {
            sb.append("\n  ").append(table);
            lines.forEach(l -> sb.append("\n    ").append(l));
        });
        report.unreproducible().forEach(u -> sb.append("\n  ").append(Printable.escape(u)));
        return sb.append("\nMake the Java schema say what the database has (dibs:import writes records from it) or bring the"
                + " database to the Java schema, until dibs:diff shows no differences; then run dibs:baseline again.").toString();
    }

    private static String some(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(LISTED, items.size())))
                + (items.size() > LISTED ? " and " + (items.size() - LISTED) + " more" : "");
    }
}
