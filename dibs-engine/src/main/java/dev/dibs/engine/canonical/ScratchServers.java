package dev.dibs.engine.canonical;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.EmbeddedBinaries;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.ServerErrors;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Chooses where the scratch database of the {@link Canonicalizer} lives: always on an embedded
 * PostgreSQL of the target's major version (the same version prints expressions the same way),
 * never on the target server. The scratch database runs SQL built from annotation text, which a
 * pull request can change; it must not run where the data is, nor leave databases behind on a
 * server a killed run cannot clean up.
 */
public final class ScratchServers {

    /** Starts a throwaway PostgreSQL of a given major version, which dibs stops when done. */
    @FunctionalInterface
    public interface Factory {
        PostgresServer start(int major);

        /** Whether dibs stops the servers it gets; false for a server the caller keeps. */
        default boolean owns() {
            return true;
        }

        /**
         * Whatever the major asked for, the server {@code supplier} gives, which stays the caller's:
         * dibs never closes it (tests, library users with one server).
         */
        static Factory always(Supplier<PostgresServer> supplier) {
            return new Factory() {
                @Override
                public PostgresServer start(int major) {
                    return supplier.get();
                }

                @Override
                public boolean owns() {
                    return false;
                }
            };
        }
    }

    /** The server to use, a note for the user when it is not the target's own version, and whether to stop it. */
    public record Choice(PostgresServer server, String note, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                server.close();
            }
        }
    }

    private ScratchServers() {
    }

    /**
     * @param target   the database being compared; only its version is read
     * @param embedded starts the scratch server, asked for the target's major (or the nearest one
     *                 dibs can embed)
     */
    public static Choice forTarget(ConnectionInfo target, Factory embedded) {
        return forMajor(majorOf(target), embedded);
    }

    /** As {@link #forTarget}, for a target whose major version is known already (from its inspection). */
    public static Choice forMajor(int targetMajor, Factory embedded) {
        PostgresServer scratch = embedded.start(EmbeddedBinaries.nearestSupported(targetMajor));
        String note = scratch.majorVersion() == targetMajor ? null
                : "dibs puts the Java schema's expressions into PostgreSQL's words on " + scratch.description()
                + ", while the database runs PostgreSQL " + targetMajor + ": expressions that the two versions print "
                + "differently would show as changes.";
        return new Choice(scratch, note, embedded.owns());
    }

    /** The major version of the server {@code target} is on. */
    public static int majorOf(ConnectionInfo target) {
        try (Connection c = target.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqlResources.load(ScratchServers.class, "server-major"))) {
            if (!rs.next()) {
                throw new DibsException("cannot read the PostgreSQL version of " + target.describe() + ": the server answered nothing");
            }
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new DibsException("cannot read the PostgreSQL version of " + target.describe() + ": "
                    + ServerErrors.said(e, target), e);
        }
    }
}
