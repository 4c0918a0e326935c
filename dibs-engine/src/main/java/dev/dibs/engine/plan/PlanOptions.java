package dev.dibs.engine.plan;

/**
 * Choices of form where Postgres offers a safer one.
 *
 * @param validateSeparately add foreign keys and checks to existing tables {@code NOT VALID}, then
 *                           {@code VALIDATE} them in a second statement (a lighter lock while rows are checked)
 * @param concurrentIndexes  build indexes on existing tables {@code CONCURRENTLY}, once the plan's
 *                           transaction has committed (which indexes: {@code render.ConcurrentBuilds})
 */
public record PlanOptions(boolean validateSeparately, boolean concurrentIndexes) {

    /** The defaults: validate separately, plain index builds. */
    public static PlanOptions defaults() {
        return new PlanOptions(true, false);
    }
}
