package dev.dibs.engine.canonical;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.JdbcUrls;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Chooses where the scratch database of the {@link Canonicalizer} lives: on the target server
 * itself when its user may create databases (the same version prints expressions the same way),
 * otherwise on the embedded PostgreSQL.
 */
public final class ScratchServers {

    /** The server to use, and a note for the user when it is not the target's own version. */
    public record Choice(PostgresServer server, String note) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    private ScratchServers() {
    }

    /**
     * @param target   the database being compared
     * @param embedded starts the embedded fallback (only called when needed)
     */
    public static Choice forTarget(ConnectionInfo target, Supplier<PostgresServer> embedded) {
        int targetMajor;
        boolean mayCreate;
        try (Connection c = target.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqlResources.load(ScratchServers.class, "may-create-databases"))) {
            rs.next();
            targetMajor = rs.getInt(1);
            mayCreate = rs.getBoolean(2);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the privileges of " + target.describe() + ": " + e.getMessage(), e);
        }
        if (mayCreate) {
            return new Choice(PostgresServers.existing(target), null);
        }
        PostgresServer fallback = embedded.get();
        String note = "The user " + JdbcUrls.printableUser(target.user()) + " may not CREATE DATABASE, so dibs puts the Java schema's expressions into "
                + "PostgreSQL's words on the embedded PostgreSQL " + fallback.majorVersion() + " instead"
                + (fallback.majorVersion() == targetMajor ? "." : ", while the database runs PostgreSQL " + targetMajor
                + "; expressions that the two versions print differently would show as changes.")
                + " Grant CREATEDB to use the server itself.";
        return new Choice(fallback, note);
    }
}
