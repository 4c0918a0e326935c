package dev.dibs.engine.fleet;

import dev.dibs.engine.DibsException;
import java.time.Duration;
import java.util.Locale;

/**
 * How a fleet runs.
 *
 * @param parallelism targets worked on at once on each server (capped by the server's free connections)
 * @param canary      this many targets first, alone; the rest only if all of them succeed (0: no canary)
 * @param failure     what a failed target does to the targets not yet launched
 * @param heartbeat   how often the progress says what is still running
 */
public record FleetOptions(int parallelism, int canary, Failure failure, Duration heartbeat) {

    public FleetOptions {
        if (parallelism < 1) {
            throw new DibsException("fleetParallelism is " + parallelism + ": give 1 or more targets at once per server.");
        }
        if (canary < 0) {
            throw new DibsException("fleetCanary is " + canary + ": give 0 (no canary) or the number of targets to migrate first.");
        }
    }

    /** 4 per server, no canary, stop on the first failure, a heartbeat every 10 seconds. */
    public static FleetOptions defaults() {
        return new FleetOptions(4, 0, Failure.STOP, Duration.ofSeconds(10));
    }

    /** What a failed target does to the rest of the fleet. */
    public enum Failure {
        /** Launch no new target; those running finish. */
        STOP,
        /** Go on with every other target. */
        CONTINUE;

        /** {@code stop} or {@code continue} (the {@code fleetFailure} parameter). */
        public static Failure parse(String value) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "", "stop" -> STOP;
                case "continue" -> CONTINUE;
                default -> throw new DibsException("fleetFailure is \"" + dev.dibs.engine.naming.Printable.escape(value)
                        + "\": write stop (launch no new target after a failure, the default) or continue.");
            };
        }
    }
}
