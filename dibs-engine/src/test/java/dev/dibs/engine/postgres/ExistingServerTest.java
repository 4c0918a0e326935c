package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The JDBC URL path, i.e. what {@code DIBS_TEST_DATABASE_URL} and a user's {@code url} go through,
 * using the suite's shared server as the "existing" one.
 */
@WithPostgres
class ExistingServerTest {

    @Test
    void urlWithCredentialsGivesAServerToCreateDatabasesOn(PostgresServer shared) throws SQLException {
        String url = withCredentials(shared.admin(), shared.admin().password());
        ConnectionInfo created;

        try (PostgresServer existing = PostgresServers.start(url)) {
            assertThat(existing.majorVersion()).isEqualTo(shared.majorVersion());
            assertThat(existing.description()).startsWith("PostgreSQL ").contains(" at jdbc:postgresql://");
            assertThat(existing.admin().url()).doesNotContain("password");
            created = existing.createDatabase("ext");
            assertThat(new TestDatabase(created).queryString("SELECT current_database()"))
                    .isEqualTo(created.database());
        }

        // Closing an existing server drops what it created, and leaves the server running.
        assertThat(ScratchDatabasesTest.exists(shared, created.database())).isFalse();
        assertThat(new TestDatabase(shared.admin()).queryString("SELECT 1")).isEqualTo("1");
    }

    /**
     * A server keeps one admin session for its creates and drops: every database this object creates
     * comes from the same backend, and one the server ended meanwhile (here terminated, as a restart or
     * idle_session_timeout would) is replaced by a new one rather than failing the next create.
     */
    @Test
    void createsAndDropsShareOneAdminSessionWhichComesBackWhenTheServerEndsIt(PostgresServer shared) throws Exception {
        String url = withCredentials(shared.admin(), shared.admin().password());
        try (PostgresServer existing = PostgresServers.start(url); Connection admin = shared.admin().open()) {
            ConnectionInfo first = existing.createDatabase("sess");
            Integer pid = sessionThatCreated(admin, first.database());
            assertThat(pid).as("the session that created %s", first.database()).isNotNull();
            existing.dropDatabase(first);
            ConnectionInfo second = existing.createDatabase("sess");
            assertThat(sessionThatCreated(admin, second.database())).as("the same session").isEqualTo(pid);

            try (PreparedStatement end = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                end.setInt(1, pid);
                try (ResultSet rs = end.executeQuery()) {
                    assertThat(rs.next() && rs.getBoolean(1)).isTrue();
                }
            }
            ConnectionInfo third = existing.createDatabase("sess");
            assertThat(new TestDatabase(third).queryString("SELECT current_database()")).isEqualTo(third.database());
            assertThat(sessionThatCreated(admin, third.database())).as("a new session").isNotNull().isNotEqualTo(pid);
        }
    }

    /** The backend whose last statement created {@code database} (its name is a plain identifier: prefix, pid, counter). */
    private static Integer sessionThatCreated(Connection admin, String database) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                + " AND query LIKE 'CREATE DATABASE ' || ? || ' %'")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    @Test
    void wrongPasswordFailsClearlyWithoutShowingIt(PostgresServer shared) {
        // Needs a server that checks passwords: the embedded one does (scram-sha-256).
        String url = withCredentials(shared.admin(), "wrong-Secret-42");

        assertThatThrownBy(() -> PostgresServers.start(url))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Could not connect to PostgreSQL at " + shared.admin().url())
                .hasMessageContaining("password authentication failed")
                .hasMessageContaining("28P01")
                .hasMessageContaining("Check the user name and password")
                .hasMessageNotContaining("wrong-Secret-42")
                .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("wrong-Secret-42"));
    }

    @Test
    void noPasswordSaysPostgresAsksForOneNotToCheckTheNetwork(PostgresServer shared) {
        // The embedded server asks for a password (scram-sha-256); pgjdbc gives up with 08004 before sending anything.
        ConnectionInfo noPassword = new ConnectionInfo(shared.admin().url(), shared.admin().user(), null);

        assertThatThrownBy(noPassword::connect)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("08004")
                .hasMessageContaining("PostgreSQL asks for a password for user " + shared.admin().user() + " and none was given")
                .hasMessageNotContaining("host and port")
                .satisfies(e -> assertThat(((DatabaseUnavailableException) e).passwordMissing()).isTrue());
        assertThatThrownBy(() -> new ConnectionInfo(shared.admin().url(), shared.admin().user(), "wrong-pw").connect())
                .satisfies(e -> assertThat(((DatabaseUnavailableException) e).passwordMissing()).isFalse());
    }

    @Test
    void missingDatabaseSaysToNameOneThatExists(PostgresServer shared) {
        ConnectionInfo admin = shared.admin().withDatabase("no_such_database_here");

        assertThatThrownBy(() -> PostgresServers.existing(admin))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("no_such_database_here")
                .hasMessageContaining("3D000")
                .hasMessageContaining("Name a database that exists");
    }

    @Test
    void unreachablePortFailsFastWithWhatToCheck() throws IOException {
        int port = freePort();
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=someone&password=hidden-pw";
        long start = System.nanoTime();

        assertThatThrownBy(() -> PostgresServers.start(url))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Could not connect to PostgreSQL at jdbc:postgresql://localhost:" + port
                        + "/postgres as user someone")
                .hasMessageContaining("refused")
                .hasMessageContaining("Check that the server is running")
                .hasMessageNotContaining("hidden-pw");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    static String withCredentials(ConnectionInfo admin, String password) {
        String separator = admin.url().contains("?") ? "&" : "?";
        return admin.url() + separator + "user=" + encode(admin.user())
                + (password == null ? "" : "&password=" + encode(password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A port nobody listens on: bound by the OS, then released. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
