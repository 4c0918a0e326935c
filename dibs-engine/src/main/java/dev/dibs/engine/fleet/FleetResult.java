package dev.dibs.engine.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole fleet run: every target's outcome, in the order the targets were listed.
 *
 * @param goal     {@code migrate}, {@code status} or {@code diff}
 * @param outcomes one per target
 * @param took     the run's wall-clock time
 * @param stopped  why targets were left unlaunched, null when every target ran
 */
public record FleetResult(String goal, List<TargetOutcome> outcomes, Duration took, String stopped) {

    public FleetResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<TargetOutcome> failed() {
        return outcomes.stream().filter(o -> o.state() == TargetOutcome.State.FAILED).toList();
    }

    public List<TargetOutcome> notLaunched() {
        return outcomes.stream().filter(o -> o.state() == TargetOutcome.State.NOT_LAUNCHED).toList();
    }

    /** The targets whose database differs from the Java schema (a fleet {@code dibs:diff}). */
    public List<TargetOutcome> drifting() {
        return outcomes.stream().filter(o -> o.result() != null && Boolean.TRUE.equals(o.result().drift())).toList();
    }

    /** The targets whose comparison with the Java schema was asked for and could not be made. */
    public List<TargetOutcome> notCompared() {
        return outcomes.stream().filter(o -> o.result() != null && o.result().notCompared() != null).toList();
    }

    /**
     * How many targets stand at each migration, by migration id ({@code (none)} for targets with none
     * applied, {@code (unknown)} for those that could not be read), in migration order.
     */
    public Map<String, Integer> atMigration() {
        Map<String, Integer> counts = new TreeMap<>(FleetResult::byMigrationOrder);
        for (TargetOutcome o : outcomes) {
            String at = o.result() == null ? UNKNOWN : o.result().current() == null ? NONE : o.result().current();
            counts.merge(at, 1, Integer::sum);
        }
        return counts;
    }

    static final String NONE = "(none)";
    static final String UNKNOWN = "(unknown)";

    private static int byMigrationOrder(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(UNKNOWN) || b.equals(NONE)) {
            return 1;
        }
        if (b.equals(UNKNOWN) || a.equals(NONE)) {
            return -1;
        }
        int c = dev.dibs.engine.migrate.MigrationOrder.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }
}
