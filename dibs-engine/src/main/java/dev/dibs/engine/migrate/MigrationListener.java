package dev.dibs.engine.migrate;

import java.time.Duration;

/** Progress of a migration run, streamed as it happens. Every method has a no-op default. */
public interface MigrationListener {

    /** Waiting for another runner that holds the lock; {@code holder} says who, when known. */
    default void waitingForLock(String holder, Duration waited) {
    }

    /** The run holds the lock; {@code pending} migrations will run. */
    default void planned(int applied, int pending) {
    }

    default void migrationStarted(DiscoveredMigration migration, int number, int total) {
    }

    /** One statement of a migration ran: {@code rows} touched (0 for DDL). */
    default void statement(DiscoveredMigration migration, int index, String sql, long rows, Duration took) {
    }

    /** One batch of a backfill ran. */
    default void backfillBatch(DiscoveredMigration migration, int batch, long rows, long totalRows, Duration took) {
    }

    /** A line the migration wrote with {@code ctx.log}. */
    default void log(DiscoveredMigration migration, String message) {
    }

    default void migrationFinished(DiscoveredMigration migration, Duration took) {
    }

    /**
     * A migration failed and the run stops: {@code message} is the whole failure, ending with what
     * PostgreSQL reports of its rollback (the message of the {@link MigrationFailedException} that follows).
     */
    default void migrationFailed(DiscoveredMigration migration, String message) {
    }

    /** A visible warning (missing migrations, an id below an applied one, …). */
    default void warning(String message) {
    }

    MigrationListener NONE = new MigrationListener() {
    };
}
