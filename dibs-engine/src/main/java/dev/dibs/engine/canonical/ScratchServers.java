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
         * The {@link PostgresServer#identity} of the server {@link #start} would give for {@code major},
         * known without starting it (so that what was built on one before can be taken without one);
         * null when unknown.
         */
        default String identity(int major) {
            return null;
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

    /**
     * The scratch server for a target of a given major version: started when first asked for (or at
     * once, by {@link #forTarget}), stopped on {@link #close()} if dibs started it.
     */
    public static final class Choice implements AutoCloseable {
        private final Factory factory;
        private final int targetMajor;
        private final int asked;
        private PostgresServer server;
        private boolean closed;

        private Choice(Factory factory, int targetMajor) {
            this.factory = factory;
            this.targetMajor = targetMajor;
            this.asked = EmbeddedBinaries.nearestSupported(targetMajor);
        }

        /** The server, started now if it was not yet. */
        public synchronized PostgresServer server() {
            if (closed) {
                throw new IllegalStateException("the scratch server was closed");
            }
            if (server == null) {
                server = factory.start(asked);
            }
            return server;
        }

        /** Whether the server was started. */
        public synchronized boolean started() {
            return server != null;
        }

        /** The server's identity when known without starting it, else null. */
        public String knownIdentity() {
            synchronized (this) {
                if (server != null) {
                    return server.identity();
                }
            }
            return factory.identity(asked);
        }

        /**
         * What the scratch server is, for messages, without starting it: "embedded PostgreSQL" and its
         * major version for one dibs starts (the same words whether it ran or not), else the running
         * server's own description. (One not started yet is dibs's embedded one: only a factory
         * that knows what it would start leaves it unstarted.)
         */
        public String description() {
            PostgresServer running;
            synchronized (this) {
                running = server;
            }
            if (running == null) {
                return "embedded PostgreSQL " + asked;
            }
            return factory.owns() ? "embedded PostgreSQL " + running.majorVersion() : running.description();
        }

        /** A note for the user when the scratch server is not of the target's own version, else null; starts nothing. */
        public String note() {
            PostgresServer running;
            synchronized (this) {
                running = server;
            }
            int major = running != null ? running.majorVersion() : asked;
            return major == targetMajor ? null
                    : "dibs puts the Java schema's expressions into PostgreSQL's words on " + description()
                    + ", while the database runs PostgreSQL " + targetMajor + ": expressions that the two versions print "
                    + "differently would show as changes.";
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (server != null && factory.owns()) {
                server.close();
            }
        }
    }

    private ScratchServers() {
    }

    /**
     * The scratch server for {@code target}, started now.
     *
     * @param target   the database being compared; only its version is read
     * @param embedded starts the scratch server, asked for the target's major (or the nearest one
     *                 dibs can embed)
     */
    public static Choice forTarget(ConnectionInfo target, Factory embedded) {
        return forMajor(majorOf(target), embedded);
    }

    /** As {@link #forTarget}, for a target whose major version is known already (from its inspection). */
    public static Choice forMajor(int targetMajor, Factory embedded) {
        Choice choice = new Choice(embedded, targetMajor);
        choice.server();
        return choice;
    }

    /** As {@link #forMajor}, started only when {@link Choice#server()} is first asked for. */
    public static Choice onDemand(int targetMajor, Factory embedded) {
        return new Choice(embedded, targetMajor);
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
