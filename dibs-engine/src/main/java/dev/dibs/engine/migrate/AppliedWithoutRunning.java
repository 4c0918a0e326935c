package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.processing.SourceChecksum;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Records a migration in {@code __dibs_migrations} as applied without running it: what
 * {@code dibs:baseline} does on a database that already is what the migration creates. It takes
 * the same advisory lock as {@link MigrationRunner}, so a runner never sees half of it, and records
 * the row, the objects' metadata and the caller's own work (writing the migration's source) as one
 * transaction.
 */
public final class AppliedWithoutRunning {

    /** Checks the applied migrations, read under the lock, and throws to refuse; nothing is recorded then. */
    public interface Guard {
        void check(Map<String, String> applied);
    }

    /** Work that must succeed for the row to be committed (e.g. writing the migration's file). */
    public interface BeforeCommit {
        void run() throws Exception;
    }

    private AppliedWithoutRunning() {
    }

    /**
     * The checksum discovery reads for a migration compiled from {@code source}: the annotation
     * processor's (lowercase hex SHA-256 of the UTF-8 text, line ends normalised to {@code \n}).
     */
    public static String sourceChecksum(CharSequence source) {
        return SourceChecksum.of(source);
    }

    /** Applied migration ids → checksums, in id order; empty when dibs never ran there. Creates nothing. */
    public static Map<String, String> applied(ConnectionInfo database, java.util.List<String> schemas) {
        try (Connection c = database.open()) {
            MetadataStore store = new MetadataStore(c, schemas);
            return store.exists() ? store.applied() : Map.of();
        } catch (SQLException e) {
            throw new MigrationException("cannot read the applied migrations of " + database.describe() + ": " + Printable.message(e), e);
        }
    }

    /**
     * Records {@code migration} as applied, unless the database already records its id.
     *
     * @param intent recorded in the metadata tables as a run does (source positions, doc comments); may be null
     * @return false when the id was already recorded (nothing changed)
     */
    public static boolean record(ConnectionInfo database, java.util.List<String> schemas, Duration lockWait,
                                 MigrationListener listener, DiscoveredMigration migration, LoadedSchema intent, Guard guard,
                                 BeforeCommit beforeCommit) {
        try (Connection c = database.open()) {
            AdvisoryLock lock = new AdvisoryLock(c, schemas.get(0));
            lock.acquire(lockWait, listener);
            try {
                return recordLocked(c, schemas, migration, intent, guard, beforeCommit);
            } finally {
                if (!c.isClosed()) {
                    lock.release();
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot record " + migration.id() + " as applied on " + database.describe() + ": "
                    + Printable.message(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting for the migration lock", e);
        }
    }

    private static boolean recordLocked(Connection c, java.util.List<String> schemas, DiscoveredMigration migration,
                                        LoadedSchema intent, Guard guard, BeforeCommit beforeCommit) throws SQLException {
        MetadataStore store = new MetadataStore(c, schemas);
        store.create();
        // read again under the lock: another run may have migrated or recorded since the caller looked
        Map<String, String> applied = store.applied();
        guard.check(applied);
        if (applied.containsKey(migration.id())) {
            return false;
        }
        c.setAutoCommit(false);
        try {
            store.record(migration, 0);
            // the baseline created everything there is: the objects' metadata says so, as after a run
            Map<MetadataStore.ObjectKey, String> createdBy = new HashMap<>();
            store.fingerprints().keySet().forEach(k -> createdBy.put(k, migration.id()));
            store.updateObjects(createdBy, createdBy, intent);
            beforeCommit.run();
            c.commit();
            return true;
        } catch (Exception e) {
            c.rollback();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof SQLException s) {
                throw s;
            }
            throw new MigrationException("cannot record " + migration.id() + " as applied; nothing was recorded: " + Printable.message(e), e);
        } finally {
            c.setAutoCommit(true);
        }
    }
}
