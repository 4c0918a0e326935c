package dev.dibs.maven;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.shared.utils.logging.MessageBuilder;
import org.apache.maven.shared.utils.logging.MessageUtils;

/** Prints a diff for people: changes grouped by table with +/-/~ markers and hazards, suggestions, notes. */
final class ConsoleReport {

    private ConsoleReport() {
    }

    static void print(DriftReport report, Log log) {
        if (!report.hasDrift()) {
            log.info("dibs: no differences: the database matches " + Printable.escape(report.desiredState()));
        } else {
            int differences = report.plan().changes().size() + report.unreproducible().size();
            log.info("dibs: " + differences + " differences between " + Printable.escape(report.desiredState())
                    + " and the database:");
            if (log.isInfoEnabled()) { // quiet (mvn -q): a line per change (thousands) is not composed to be dropped
                for (String line : lines(report, true)) {
                    log.info(line);
                }
                for (String line : hazardLines(report)) {
                    log.info(line);
                }
            }
            for (String line : unreproducibleLines(report)) {
                log.warn(line);
            }
        }
        for (var s : report.plan().suggestions()) {
            log.warn("dibs: suggestion: " + Printable.escape(s.toString()));
        }
        if (!report.notManaged().isEmpty() && log.isInfoEnabled()) {
            log.info("dibs: not managed by dibs (not drift):");
            noteLines(report.notManaged(), report.desiredSide()).forEach(line -> log.info("    " + line));
        }
        List<NotManaged> differing = report.differingNotes();
        if (!differing.isEmpty()) {
            log.warn("dibs: " + differing.size() + " object(s) dibs does not manage differ between " + Printable.escape(report.desiredState())
                    + " and the database (dibs neither creates nor changes them): " + differing.stream()
                    .map(n -> n.kind() + " " + Printable.escape(n.schema() + "." + n.name())).collect(Collectors.joining(", ")));
        }
    }

    /** Notes of one kind printed on the console before the rest are counted instead (all are in diff.md). */
    static final int NOTES_PER_KIND = 10;

    /** A note's line on the console is cut here (a view's whole body is in diff.md). */
    static final int NOTE_LINE = 300;

    /**
     * The notes, at most {@value #NOTES_PER_KIND} of each kind, those whose definitions differ first,
     * then those on one side only, those identical on both sides last: a production database with
     * grants on every table would otherwise bury what differs.
     */
    static List<String> noteLines(List<NotManaged> notes, String desiredSide) {
        Map<String, List<NotManaged>> byKind = new LinkedHashMap<>();
        notes.forEach(n -> byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n));
        List<String> out = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            List<NotManaged> ordered = new ArrayList<>(ofKind);
            ordered.sort(Comparator.comparing(ConsoleReport::rank));
            ordered.stream().limit(NOTES_PER_KIND).forEach(n -> out.add(cut(Printable.escape(n.describe(desiredSide)))));
            if (ordered.size() > NOTES_PER_KIND) {
                out.add("... and " + (ordered.size() - NOTES_PER_KIND) + " more " + kind + " notes (all of them in diff.md)");
            }
        });
        return out;
    }

    private static int rank(NotManaged n) {
        return switch (n.side()) {
            case DIFFERENT -> 0;
            case ONLY_IN_DESIRED_STATE, ONLY_IN_DATABASE -> 1;
            case NOT_COMPARED -> 2;
            case IDENTICAL -> 3;
        };
    }

    private static String cut(String line) {
        return line.length() <= NOTE_LINE ? line : line.substring(0, NOTE_LINE) + "… (in full in diff.md)";
    }

    static List<String> lines(DriftReport report, boolean styled) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        // each change's hazards, gathered in one pass over the statements: a search of all of them per change is
        // quadratic, and a plan dropping 1,000 tables has thousands of each
        Map<SchemaChange, List<Hazard>> hazardsOf = new IdentityHashMap<>();
        report.plan().statements().forEach(s -> hazardsOf.computeIfAbsent(s.change(), k -> new ArrayList<>()).addAll(s.hazards()));
        for (SchemaChange change : report.plan().changes()) {
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            List<String> hazards = Hazard.names(hazardsOf.getOrDefault(change, List.of()));
            // names come from the database: a newline or an escape sequence in one must not forge a log line
            String text = d.marker() + " " + Printable.escape(d.text());
            String hazardText = hazards.isEmpty() ? "" : "   !! " + String.join(", ", hazards);
            if (styled) {
                MessageBuilder b = MessageUtils.buffer().a("    ");
                b = switch (d.marker()) {
                    case '+' -> b.success(text);
                    case '-' -> b.failure(text);
                    default -> b.warning(text);
                };
                text = (hazards.isEmpty() ? b : b.a("   ").strong(hazardText.strip())).toString();
            } else {
                text = "    " + text + hazardText;
            }
            byTable.computeIfAbsent(d.table() == null ? "(schema)" : Printable.escape(d.table()), k -> new ArrayList<>()).add(text);
        }
        List<String> out = new ArrayList<>();
        byTable.forEach((table, changes) -> {
            out.add("  " + table);
            out.addAll(changes);
        });
        return out;
    }

    /** What each hazard of the plan means, one line each, under the differences. */
    static List<String> hazardLines(DriftReport report) {
        List<Hazard> hazards = Hazard.sorted(report.plan().statements().stream().flatMap(s -> s.hazards().stream()).toList());
        List<String> out = new ArrayList<>();
        if (!hazards.isEmpty()) {
            out.add("  hazards:");
            hazards.forEach(h -> out.add("    " + h.name() + ": " + h.explanation()));
        }
        return out;
    }

    /** What differs beyond the plan: drift no statement of dibs makes right, so the plan is never applied. */
    static List<String> unreproducibleLines(DriftReport report) {
        List<String> out = new ArrayList<>();
        if (!report.applicable()) {
            out.add("  beyond the plan (dibs cannot make these right; the plan is not applied):");
            report.unreproducible().forEach(u -> out.add("    " + Printable.escape(u)));
        }
        return out;
    }

    static String summary(DriftReport report) {
        List<String> all = new ArrayList<>(lines(report, false));
        all.addAll(unreproducibleLines(report));
        return String.join("\n", all);
    }

    static String statementLine(Statement s) {
        return Printable.escape(Printable.oneLine(Printable.sql(s.sql()))) + (s.hazards().isEmpty() ? ""
                : "   -- " + Hazard.names(s.hazards()));
    }
}
