package dev.dibs.engine.plan;

/** How a statement may run relative to the plan's transaction. */
public enum TransactionMode {
    /** Inside the plan's single transaction (almost everything). */
    IN_TRANSACTION,
    /**
     * Committed before the plan's transaction starts: {@code ALTER TYPE … ADD VALUE}, because a
     * label added in a transaction cannot be used in it ("unsafe use of new value"), and the rest
     * of the plan may use it. Harmless on its own if the rest fails.
     */
    BEFORE_TRANSACTION,
    /** Cannot run in a transaction at all ({@code CREATE INDEX CONCURRENTLY}). */
    OUTSIDE_TRANSACTION
}
