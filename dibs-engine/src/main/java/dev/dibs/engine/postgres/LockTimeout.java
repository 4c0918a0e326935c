package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets {@code lock_timeout} with the value bound as a parameter, never written into SQL text: the
 * value comes from the user's configuration, and PostgreSQL then reads it only as the setting's
 * value, refusing one that is not a duration ("invalid value for parameter").
 */
public final class LockTimeout {

    private LockTimeout() {
    }

    /** The session's {@code lock_timeout} now. */
    public static String current(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlResources.load(LockTimeout.class, "show-lock-timeout"));
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** {@code local}: until the current transaction ends; otherwise for the session, until reset. */
    public static void set(Connection connection, String value, boolean local) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlResources.load(LockTimeout.class, "set-lock-timeout"))) {
            ps.setString(1, value);
            ps.setBoolean(2, local);
            ps.executeQuery().close();
        }
    }
}
