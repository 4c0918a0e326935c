package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Specs that cannot give a server, and must say so quickly and clearly. */
class PostgresServersSpecTest {

    @Test
    void unknownSpecIsRejectedWithTheFormsThatWork() {
        assertThatThrownBy(() -> PostgresServers.start("mysql://h/db?password=topsecret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded")
                .hasMessageContaining("docker:IMAGE")
                .hasMessageContaining("jdbc:postgresql://host:port/database")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void dockerWithoutAnEngineFailsFastAndSaysWhatToDoInstead() {
        long start = System.nanoTime();
        Throwable thrown = null;
        try (PostgresServer server = PostgresServers.start("docker:postgres:17")) {
            // Only where a Docker engine exists: then it must really be PostgreSQL 17.
            assertThat(server.majorVersion()).isEqualTo(17);
        } catch (DatabaseUnavailableException e) {
            thrown = e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        if (thrown != null) {
            System.out.println("docker-unavailable check took " + elapsed.toMillis() + " ms");
            assertThat(thrown).hasMessage("checkDatabase docker:postgres:17 needs a Docker engine, and none is"
                    + " reachable from this machine. Use the embedded PostgreSQL (the default) or point dibs"
                    + " at a server with a JDBC URL.");
            assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
            assertThat(org.testcontainers.DockerClientFactory.instance().isDockerAvailable()).isFalse();
        }
    }

    @Test
    void dockerNeedsAnImage() {
        assertThatThrownBy(() -> PostgresServers.start("docker:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("docker:postgres:17");
    }
}
