package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.postgres.SqlResources;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * The session-level advisory lock that serialises runners on one database. Polled with
 * {@code pg_try_advisory_lock} and back-off rather than blocking in {@code pg_advisory_lock}: a
 * waiting runner then holds no lock request that could stall the holder's
 * {@code CREATE INDEX CONCURRENTLY}.
 */
final class AdvisoryLock {

    private final Connection connection;
    private final long key;

    AdvisoryLock(Connection connection, String metadataSchema) {
        this.connection = connection;
        CRC32 crc = new CRC32();
        crc.update(("dibs migrations " + metadataSchema).getBytes(StandardCharsets.UTF_8));
        this.key = 0x6469627300000000L | crc.getValue(); // "dibs" in the high bytes
    }

    void acquire(Duration wait, MigrationListener listener) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long started = System.nanoTime();
        long sleep = 50;
        while (!tryAcquire()) {
            String holder = holder();
            if (System.nanoTime() > deadline) {
                throw new MigrationException("Another dibs run holds the migration lock and did not release it within "
                        + wait + " (migrationLockWait). Holder: " + holder + ". Wait for it to finish, or stop it if it is stuck"
                        + " (SELECT pg_terminate_backend(pid)), then run again.");
            }
            listener.waitingForLock(holder, Duration.ofNanos(System.nanoTime() - started));
            Thread.sleep(sleep);
            sleep = Math.min(sleep * 2, 2000);
        }
    }

    private boolean tryAcquire() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock, from {@code pg_stat_activity}. */
    String holder() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlResources.load(AdvisoryLock.class, "lock-holder"))) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "unknown (it may just have finished)";
                }
                return "pid " + rs.getInt("pid") + ", user " + Printable.escape(rs.getString("usename"))
                        + (rs.getString("application_name") == null || rs.getString("application_name").isEmpty() ? ""
                        : ", application " + Printable.escape(rs.getString("application_name")))
                        + (rs.getString("client_addr") == null ? "" : ", from " + rs.getString("client_addr"))
                        + ", connected since " + rs.getString("backend_start") + ", " + rs.getString("state");
            }
        }
    }

    void release() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }
}
