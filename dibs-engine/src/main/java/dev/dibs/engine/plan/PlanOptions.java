package dev.dibs.engine.plan;

/**
 * Choices of form where Postgres offers a safer one.
 *
 * @param validateSeparately add foreign keys and checks to existing tables {@code NOT VALID}, then
 *                           {@code VALIDATE} them in a second statement (a lighter lock while rows are checked)
 * @param concurrentIndexes  build indexes on existing tables {@code CONCURRENTLY} (outside any
 *                           transaction: such a plan cannot be applied in one transaction)
 */
public record PlanOptions(boolean validateSeparately, boolean concurrentIndexes) {

    /** The defaults: validate separately, plain index builds. */
    public static PlanOptions defaults() {
        return new PlanOptions(true, false);
    }
}
