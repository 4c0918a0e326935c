package dev.dibs.engine.postgres;

import dev.dibs.engine.testing.TestDatabase;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link PersistentEmbeddedServerTest}: starts a persistent embedded server,
 * writes a row, says "ready" and blocks until it is killed, as a dibs run killed mid-way would be.
 */
public final class KilledRunServer {
    private KilledRunServer() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer server = PostgresServers.embedded(Path.of(args[0]));
        new TestDatabase(server.admin()).execute("CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('written by the killed run')");
        System.out.println("ready");
        System.out.flush();
        // until killed: the test never writes to stdin (and if the test dies, stdin closes and this ends)
        System.in.read();
    }
}
