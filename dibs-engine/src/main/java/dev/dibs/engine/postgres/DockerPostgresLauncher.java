package dev.dibs.engine.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts PostgreSQL in a Docker container through Testcontainers.
 *
 * <p>This is the only class that refers to Testcontainers. {@link PostgresServers} calls it only
 * for a {@code docker:} spec, so the JVM never loads Testcontainers (nor its Docker client
 * discovery) for the embedded and JDBC URL paths.
 */
final class DockerPostgresLauncher {
    /**
     * Testcontainers gives up quickly when there is no socket at all, but a DOCKER_HOST that points
     * at an unreachable machine could keep it trying much longer: the user should hear in seconds.
     */
    private static final Duration DOCKER_CHECK_TIMEOUT = Duration.ofSeconds(20);
    private static final int POSTGRES_PORT = 5432;

    private DockerPostgresLauncher() {
    }

    static PostgresServer start(String image) {
        requireDocker(image);
        PostgreSQLContainer<?> container = null;
        try {
            container = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                    .withPassword(Passwords.random());
            container.start();
        } catch (RuntimeException e) {
            if (container != null) {
                container.stop();
            }
            throw new DatabaseUnavailableException("Could not start PostgreSQL from the Docker image " + image
                    + ": " + e.getMessage() + ". Check that the image exists, can be pulled, and runs"
                    + " PostgreSQL (it must accept the postgres image's POSTGRES_* variables).", e);
        }
        ConnectionInfo admin = new ConnectionInfo(container.getJdbcUrl(), container.getUsername(),
                container.getPassword());
        int port = container.getMappedPort(POSTGRES_PORT);
        // The container and its data vanish together, so nothing needs dropping before the stop.
        return RunningPostgresServer.connect(admin,
                version -> "PostgreSQL " + version + " in Docker (" + image + ") on port " + port,
                container::stop, true);
    }

    private static void requireDocker(String image) {
        String unavailable = "checkDatabase docker:" + image + " needs a Docker engine, and none is"
                + " reachable from this machine. Use the embedded PostgreSQL (the default) or point dibs"
                + " at a server with a JDBC URL.";
        FutureTask<Boolean> check = new FutureTask<>(() -> DockerClientFactory.instance().isDockerAvailable());
        Thread thread = new Thread(check, "dibs-docker-check");
        thread.setDaemon(true); // a check that hangs must not keep the JVM alive
        thread.start();
        try {
            if (!check.get(DOCKER_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DatabaseUnavailableException(unavailable);
            }
        } catch (TimeoutException e) {
            throw new DatabaseUnavailableException(unavailable + " (No Docker engine answered within "
                    + DOCKER_CHECK_TIMEOUT.toSeconds() + " seconds.)", e);
        } catch (ExecutionException e) {
            throw new DatabaseUnavailableException(unavailable + " (" + e.getCause() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException(unavailable, e);
        }
    }
}
