package dev.dibs.engine.testing;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;

/** The shared server as handed to tests: everything but {@link #close()}, which is the extension's job. */
final class UnclosableServer implements PostgresServer {
    private final PostgresServer server;

    UnclosableServer(PostgresServer server) {
        this.server = server;
    }

    @Override
    public String description() {
        return server.description();
    }

    @Override
    public int majorVersion() {
        return server.majorVersion();
    }

    @Override
    public ConnectionInfo admin() {
        return server.admin();
    }

    @Override
    public ConnectionInfo createDatabase(String prefix) {
        return server.createDatabase(prefix);
    }

    @Override
    public void dropDatabase(ConnectionInfo database) {
        server.dropDatabase(database);
    }

    @Override
    public boolean discardedWhenClosed() {
        return server.discardedWhenClosed();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the shared test server is stopped by PostgresExtension"
                + " at the end of the run; do not close it in a test");
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
