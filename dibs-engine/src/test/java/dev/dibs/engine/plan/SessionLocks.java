package dev.dibs.engine.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What another session holds: its backend and the locks granted to it on a table, read from {@code pg_locks}. */
final class SessionLocks {

    private SessionLocks() {
    }

    /** The backend's process id of {@code c}. */
    static int pid(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The lock modes granted to backend {@code pid} on {@code table} ({@code schema.name}), sorted, read on {@code watch}. */
    static List<String> on(Connection watch, int pid, String table) {
        try (var ps = watch.prepareStatement("SELECT mode FROM pg_locks WHERE pid = ? AND relation = ?::regclass AND granted"
                + " ORDER BY mode")) {
            ps.setInt(1, pid);
            ps.setString(2, table);
            List<String> modes = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    modes.add(rs.getString(1));
                }
            }
            return modes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
