package dev.dibs.engine.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * What a fleet run did on one target and where the target stands.
 *
 * @param target  the target
 * @param state   done, failed, or never launched (a failure or a failed canary stopped the fleet first)
 * @param result  where it stands: its current migration, pending count, drift; null when it could not be read
 * @param took    how long the target's work took (zero when not launched)
 * @param error   why it failed, null otherwise
 */
public record TargetOutcome(FleetTarget target, State state, Result result, Duration took, String error) {

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(took, "took");
    }

    /** The three ends of a target in a run. */
    public enum State {
        DONE, FAILED, NOT_LAUNCHED;

        /** {@code done}, {@code failed}, {@code not launched}: as the report and the log print it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Where a target stands after its work.
     *
     * @param current  the last applied migration (by order), null when none is
     * @param applied  how many migrations are applied
     * @param pending  how many are not yet (-1: unknown)
     * @param ran      how many this run applied
     * @param drift    whether the database differs from the Java schema; null when not compared
     * @param changes  how many changes the plan to remove that drift has
     * @param notes    what the target's status says besides (changed or missing migrations), one line
     * @param differences what differs from the Java schema, a line each as {@code dibs:diff} says it
     *                 ({@code + table public.things}), at most {@link #MOST_DIFFERENCES} and a line
     *                 saying how many more; empty when none or not compared
     * @param notCompared why a comparison that was asked for could not be made (its notes say it too);
     *                 null when it was made or not asked for
     */
    public record Result(String current, int applied, int pending, int ran, Boolean drift, int changes, String notes,
                         java.util.List<String> differences, String notCompared) {

        /** The differences kept per target: a fleet of hundreds repeats them, and dibs:diff on one target has them all. */
        public static final int MOST_DIFFERENCES = 50;

        public Result {
            differences = java.util.List.copyOf(differences);
        }

        /** Compared, or not asked to be. */
        public Result(String current, int applied, int pending, int ran, Boolean drift, int changes, String notes,
                      java.util.List<String> differences) {
            this(current, applied, pending, ran, drift, changes, notes, differences, null);
        }

        /** Where a target stands, no differences listed. */
        public Result(String current, int applied, int pending, int ran, Boolean drift, int changes, String notes) {
            this(current, applied, pending, ran, drift, changes, notes, java.util.List.of());
        }
    }

    /** The work a goal does on one target; a thrown exception fails the target with its message. */
    @FunctionalInterface
    public interface Work {
        Result run(FleetTarget target) throws Exception;
    }

    /**
     * A failure that still knows where the target stands (a migration failed after others applied).
     * Its message is the target's error.
     */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        public Failed(String message, Result result, Throwable cause) {
            super(message, cause);
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }
}
