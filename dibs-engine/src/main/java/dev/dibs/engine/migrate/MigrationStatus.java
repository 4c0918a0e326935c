package dev.dibs.engine.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** dibs's applied migrations and, after them, those Flyway applied (dibs never writes Flyway's table). */
    static MigrationStatus of(List<DiscoveredMigration> discovered, Map<String, String> dibsApplied, FlywayHistory flyway) {
        Map<String, String> applied = new LinkedHashMap<>(dibsApplied);
        List<String> fromFlyway = new ArrayList<>();
        flyway.appliedWith(discovered).forEach((id, checksum) -> {
            if (applied.putIfAbsent(id, checksum) == null) {
                fromFlyway.add(id);
            }
        });
        MigrationStatus s = of(discovered, applied);
        MigrationStatus merged = new MigrationStatus(s.applied(), s.pending(), s.changed(), s.missing(), fromFlyway, List.of());
        String refusal = flyway.refusal(merged);
        return refusal == null ? merged : new MigrationStatus(s.applied(), s.pending(), s.changed(), s.missing(), fromFlyway,
                List.of(refusal));
    }

    /** Compares what was discovered with what was applied: pending, changed (another checksum) and missing. */
    static MigrationStatus of(List<DiscoveredMigration> discovered, Map<String, String> applied) {
        List<DiscoveredMigration> pending = new ArrayList<>();
        List<DiscoveredMigration> changed = new ArrayList<>();
        for (DiscoveredMigration m : discovered) {
            String checksum = applied.get(m.id());
            if (checksum == null) {
                pending.add(m);
            } else if (!checksum.equals(m.checksum())) {
                changed.add(m);
            }
        }
        List<String> missing = applied.keySet().stream()
                .filter(id -> discovered.stream().noneMatch(m -> m.id().equals(id))).sorted(MigrationOrder.IDS).toList();
        return new MigrationStatus(applied.keySet().stream().sorted(MigrationOrder.IDS).toList(), pending, changed, missing);
    }
}
