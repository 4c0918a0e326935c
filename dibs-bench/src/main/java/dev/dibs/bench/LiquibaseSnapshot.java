package dev.dibs.bench;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * The peer: a Liquibase snapshot of the objects dibs reads that Liquibase's open-source snapshot
 * knows (tables, columns, primary keys, uniques, indexes, foreign keys, sequences; not domains,
 * functions, procedures or triggers). It runs on a thread with a 1 GiB stack: Liquibase is reported to
 * overflow the default stack following a long foreign-key chain, and a crash is not a time.
 */
final class LiquibaseSnapshot {

    /** Kept so the logger and its level are not collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private LiquibaseSnapshot() {
    }

    /** Snapshots schema {@code public}; returns the number of tables Liquibase saw. */
    static int snapshot(Connection c) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                SnapshotControl control = new SnapshotControl(db, Table.class, Column.class, PrimaryKey.class,
                        UniqueConstraint.class, Index.class, ForeignKey.class, Sequence.class);
                DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance()
                        .createSnapshot(new CatalogAndSchema(null, "public"), db, control);
                result.set(snapshot.get(Table.class).size());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "liquibase-snapshot", 1L << 30);
        t.start();
        t.join();
        if (result.get() instanceof Throwable e) {
            throw new IllegalStateException("Liquibase snapshot failed: " + e, e);
        }
        return (Integer) result.get();
    }
}
