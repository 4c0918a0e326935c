package dev.dibs.engine.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A server started for one run and thrown away after it: the first databases asked of it are the
 * ones it came with that nothing has written to yet (its maintenance database, and the spare one
 * of a cluster copied from a template), instead of new ones. A {@code CREATE DATABASE} copies a
 * whole database, hundreds of files, and was a quarter of a {@code dibs:check}'s own time; an
 * untouched database of a fresh cluster is exactly what it would give. Once they are lent, databases
 * are created as usual; "dropping" a lent one does nothing: it goes with the cluster.
 */
final class OneRunServer extends ForwardingServer {
    private final List<ConnectionInfo> lendable;
    private final Queue<ConnectionInfo> notLentYet;

    /** @param server a cluster copied for this run ({@link PostgresServers#forOneRun} checks) */
    OneRunServer(PostgresServer server) {
        super(server);
        List<ConnectionInfo> databases = new ArrayList<>();
        databases.add(server.admin());
        ((RunningPostgresServer) server).untouched().forEach(name -> databases.add(server.admin().withDatabase(name)));
        this.lendable = List.copyOf(databases);
        this.notLentYet = new ConcurrentLinkedQueue<>(databases);
    }

    @Override
    public ConnectionInfo createDatabase(String prefix) {
        ConnectionInfo lent = notLentYet.poll();
        return lent != null ? lent : server.createDatabase(prefix);
    }

    @Override
    public void dropDatabase(ConnectionInfo database) {
        if (lendable.stream().noneMatch(d -> d.url().equals(database.url()))) {
            server.dropDatabase(database);
        }
    }

    @Override
    public boolean discardedWhenClosed() {
        return true;
    }
}
