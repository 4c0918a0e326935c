package dev.dibs.engine.realworld;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.realworld.CatalogLines.Difference;
import dev.dibs.engine.report.DriftReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, for a catalog difference left after a plan, whether dibs told the user about it. A
 * difference is reported when a note of the comparison ({@link NotManaged}) or one of its warnings
 * names the object, by name: a note on a whole relation (a view, an inheriting or partition table,
 * a sequence not owned by a column, …) covers every line about that relation; any other note covers
 * the object it names. But an object the plan itself created or changed is never excused by a note:
 * dibs wrote it, so it must be what the reference has (issue 15: never write a wrong object).
 */
final class DifferenceJudge {

    /** Notes that put a whole relation outside what dibs manages. */
    private static final Set<String> WHOLE_RELATION = Set.of("view", "materialized view", "foreign table", "composite type",
            "sequence", "partition", "inheritance", "partitioning");

    /** The verdict on one difference. */
    enum Verdict {
        REPORTED("named by a note or warning"),
        WRITTEN_DIFFERENTLY("on an object the plan wrote, yet different from the reference's"),
        UNREPORTED("named by no note or warning");

        final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    private final Set<String> wholeRelations = new HashSet<>();
    private final Set<String> namedObjects = new HashSet<>();
    private final List<String> warnings;
    private final Set<String> written = new HashSet<>();
    private final Set<String> createdTables = new HashSet<>();

    /** @param reports the comparison before the plan and the one after it: what the user saw, and what dibs:diff says */
    DifferenceJudge(Plan plan, List<DriftReport> reports) {
        for (DriftReport report : reports) {
            for (NotManaged n : report.notManaged()) {
                String name = n.schema() + "." + n.name();
                namedObjects.add(name);
                if (WHOLE_RELATION.contains(n.kind())) {
                    wholeRelations.add(name);
                }
            }
        }
        warnings = reports.stream().flatMap(r -> r.warnings().stream()).toList();
        for (Statement s : plan.statements()) {
            // "index public.i", "foreign key public.t.k": the object is what follows the kind's words
            String subject = s.change().subject();
            for (int i = subject.indexOf(' '); i >= 0; i = subject.indexOf(' ', i + 1)) {
                written.add(subject.substring(i + 1));
            }
            if (s.change() instanceof SchemaChange.AddTable add) {
                createdTables.add(add.table().name().schema() + "." + add.table().name().name());
            }
        }
    }

    Verdict judge(Difference d) {
        CatalogLines.Line line = d.line();
        if (written.contains(line.object()) || line.relation() != null && createdTables.contains(line.relation())) {
            return Verdict.WRITTEN_DIFFERENTLY;
        }
        if (namedObjects.contains(line.object()) || line.relation() != null && wholeRelations.contains(line.relation())) {
            return Verdict.REPORTED;
        }
        String unqualified = line.object().substring(line.object().indexOf('.') + 1);
        boolean warned = warnings.stream().anyMatch(w -> w.contains(line.object()) || w.contains(unqualified));
        return warned ? Verdict.REPORTED : Verdict.UNREPORTED;
    }
}
