package dev.dibs.engine.plan;

import java.time.Duration;

/** Progress of applying a plan, as it happens. */
public interface PlanListener {

    /** About to run statement {@code number} (1-based) of {@code total}. */
    default void starting(int number, int total, Statement statement) {
    }

    /** Statement {@code number} ran. */
    default void finished(int number, int total, Statement statement, Duration took) {
    }

    PlanListener NONE = new PlanListener() {
    };
}
