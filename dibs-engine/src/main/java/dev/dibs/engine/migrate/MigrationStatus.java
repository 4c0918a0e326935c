package dev.dibs.engine.migrate;

import java.util.List;

/**
 * Where a database stands: applied migrations (ids), pending ones, applied ones whose source
 * changed since, and applied ids that no class or SQL file has any more.
 */
public record MigrationStatus(List<String> applied, List<DiscoveredMigration> pending, List<DiscoveredMigration> changed,
                              List<String> missing) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
    }
}
