package dev.dibs.engine.migrate;

import java.util.List;

/**
 * Where a database stands: applied migrations (ids), pending ones, applied ones whose source
 * changed since, and applied ids that no class or SQL file has any more; of the applied ones, those Flyway
 * applied (read from its schema history table), and why a run would stop before anything ran
 * (a failed Flyway migration, for one).
 */
public record MigrationStatus(List<String> applied, List<DiscoveredMigration> pending, List<DiscoveredMigration> changed,
                              List<String> missing, List<String> fromFlyway, List<String> refusals) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        fromFlyway = List.copyOf(fromFlyway);
        refusals = List.copyOf(refusals);
    }

    /** A status without Flyway history. */
    public MigrationStatus(List<String> applied, List<DiscoveredMigration> pending, List<DiscoveredMigration> changed,
                           List<String> missing) {
        this(applied, pending, changed, missing, List.of(), List.of());
    }
}
