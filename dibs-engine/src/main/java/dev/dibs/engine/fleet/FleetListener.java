package dev.dibs.engine.fleet;

import java.util.List;

/** Progress of a fleet run, as it happens (called from the fleet's threads). Every method has a no-op default. */
public interface FleetListener {

    /** Nothing is reported. */
    FleetListener NONE = new FleetListener() {
    };

    /** How many targets will run at once on a server, and why fewer than asked, when so ({@code reason} null otherwise). */
    default void serverLimit(String server, int targets, int limit, String reason) {
    }

    /** The canary targets ran: {@code passed} when all succeeded, so the rest of the fleet goes on. */
    default void canary(int size, boolean passed) {
    }

    default void targetFinished(TargetOutcome outcome, Counts counts) {
    }

    /** No new target is launched: {@code why} (a failure under {@code fleetFailure=stop}, a failed canary). */
    default void stopping(String why) {
    }

    /** Every {@link FleetOptions#heartbeat()}: the counts, and the targets running now. */
    default void heartbeat(Counts counts, List<FleetTarget> running) {
    }

    /** How far the fleet is: finished ones ({@code done}, {@code failed}), {@code running}, {@code waiting}. */
    record Counts(int done, int failed, int running, int waiting, int total) {
        @Override
        public String toString() {
            return done + " done, " + failed + " failed, " + running + " running, " + waiting + " waiting (of " + total + ")";
        }
    }
}
