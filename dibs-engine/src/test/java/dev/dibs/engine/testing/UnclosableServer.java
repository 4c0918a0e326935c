package dev.dibs.engine.testing;

import dev.dibs.engine.postgres.ForwardingServer;
import dev.dibs.engine.postgres.PostgresServer;

/** The shared server as handed to tests: everything but {@link #close()}, which is the extension's job. */
final class UnclosableServer extends ForwardingServer {

    UnclosableServer(PostgresServer server) {
        super(server);
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the shared test server is stopped by PostgresExtension"
                + " at the end of the run; do not close it in a test");
    }
}
