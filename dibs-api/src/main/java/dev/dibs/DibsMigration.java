package dev.dibs;

/**
 * A migration written in Java. Implementations are public, have a public no-argument constructor
 * and are annotated {@link Migration}.
 */
@FunctionalInterface
public interface DibsMigration {
    /**
     * Applies the migration. Runs inside one transaction unless the migration is declared
     * {@code transactional = false}; throwing rolls it back and stops the run.
     */
    void migrate(MigrationContext ctx) throws Exception;
}
