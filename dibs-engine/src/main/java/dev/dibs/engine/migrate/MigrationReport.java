package dev.dibs.engine.migrate;

import java.time.Duration;
import java.util.List;

/** What a run did: the migrations it applied (in order), how many were applied before, how long it took. */
public record MigrationReport(List<DiscoveredMigration> applied, int previouslyApplied, Duration took) {

    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
