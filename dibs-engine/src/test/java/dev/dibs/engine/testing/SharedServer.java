package dev.dibs.engine.testing;

import dev.dibs.engine.postgres.JdbcUrls;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;

import java.util.function.Supplier;

/**
 * The one server of a test run, started on first use. A failure to start is remembered, so every
 * test that needs the server fails at once with the same explanation instead of each one trying
 * (and waiting) again.
 */
final class SharedServer implements AutoCloseable {
    private final Supplier<PostgresServer> starter;
    private final String environmentSpec;
    private PostgresServer server;
    private RuntimeException failure;

    /** Used by the JUnit store: the server named by the environment. */
    SharedServer() {
        this(PostgresServers::fromEnvironment, System.getenv(PostgresServers.TEST_DATABASE_ENV));
    }

    /** @param environmentSpec the value of DIBS_TEST_DATABASE_URL, for the failure message */
    SharedServer(Supplier<PostgresServer> starter, String environmentSpec) {
        this.starter = starter;
        this.environmentSpec = environmentSpec;
    }

    /**
     * The server, started now if this is the first call.
     *
     * @throws NoServerException when there is none, saying how to provide one
     */
    synchronized PostgresServer get() {
        if (server == null && failure == null) {
            try {
                server = starter.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new NoServerException(failure.getMessage() + "\n" + howToProvide(), failure);
        }
        return server;
    }

    /** Either case names both ways to get a server, the one in use first. */
    String howToProvide() {
        String env = PostgresServers.TEST_DATABASE_ENV;
        String example = env + "=jdbc:postgresql://host:5432/postgres?user=...&password=... (a user allowed"
                + " to CREATE DATABASE)";
        if (environmentSpec == null || environmentSpec.isBlank()) {
            return "The tests need a PostgreSQL server. The embedded one needs nothing installed; if it"
                    + " cannot start here, set " + example + " to run them against an existing server.";
        }
        return "The tests need a PostgreSQL server, and " + env + " names one: "
                + JdbcUrls.mask(environmentSpec) + ". Correct it, in the form " + example
                + ", or unset it to use the embedded server, which needs nothing installed.";
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Fails (never skips) the tests that need a server. */
    static final class NoServerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoServerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
