package dev.dibs.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.DatabaseUnavailableException;
import dev.dibs.engine.postgres.PostgresServer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Without a server the tests fail, saying how to provide one, and do not retry per test. */
class SharedServerTest {

    @Test
    void failureSaysHowToProvideAServerAndIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<PostgresServer> failing = () -> {
            attempts.incrementAndGet();
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL: disk full");
        };
        SharedServer shared = new SharedServer(failing, null);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(shared::get)
                    .isInstanceOf(SharedServer.NoServerException.class)
                    .isNotInstanceOf(org.opentest4j.TestAbortedException.class)
                    .hasMessageContaining("disk full")
                    .hasMessageContaining("The embedded one needs nothing installed")
                    .hasMessageContaining("DIBS_TEST_DATABASE_URL=jdbc:postgresql://host:5432/postgres?user=...&password=...")
                    .hasMessageContaining("CREATE DATABASE");
        }
        assertThat(attempts).hasValue(1);
    }

    @Test
    void whenTheEnvironmentNamesAServerTheFailureSaysSoWithoutItsPassword() {
        SharedServer shared = new SharedServer(() -> {
            throw new DatabaseUnavailableException("Could not connect to PostgreSQL at jdbc:postgresql://db:5432/postgres");
        }, "jdbc:postgresql://db:5432/postgres?user=ci&password=ci-Secret");

        assertThatThrownBy(shared::get)
                .hasMessageContaining("DIBS_TEST_DATABASE_URL names one: jdbc:postgresql://db:5432/postgres?user=ci&password=***")
                .hasMessageContaining("or unset it to use the embedded server")
                .hasMessageNotContaining("ci-Secret");
    }
}
