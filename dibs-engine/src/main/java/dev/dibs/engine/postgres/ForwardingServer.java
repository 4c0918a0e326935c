package dev.dibs.engine.postgres;

/**
 * A server that hands every call to another one: subclasses change only what they are for (a run's
 * lent databases, a server tests may not close, a stop that is counted).
 */
public abstract class ForwardingServer implements PostgresServer {
    /** The server every call goes to unless a subclass says otherwise. */
    protected final PostgresServer server;

    protected ForwardingServer(PostgresServer server) {
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
    public String identity() {
        return server.identity();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
