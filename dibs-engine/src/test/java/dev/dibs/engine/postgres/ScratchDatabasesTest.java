package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Creating and dropping databases on the suite's shared server, whichever kind it is. */
@WithPostgres
class ScratchDatabasesTest {

    @Test
    void isTheEmbeddedPostgresOfTheBuildUnlessTheEnvironmentNamesAnother(PostgresServer server) {
        if (System.getenv(PostgresServers.TEST_DATABASE_ENV) == null) {
            assertThat(server.description()).matches("embedded PostgreSQL " + EmbeddedVersion.MAJOR + "\\.\\d+ on port \\d+");
            assertThat(server.majorVersion()).isEqualTo(EmbeddedVersion.MAJOR);
        } else {
            assertThat(server.description()).startsWith("PostgreSQL ");
        }
        if (server.admin().password() != null) {
            assertThat(server.description()).doesNotContain(server.admin().password());
        }
    }

    @Test
    void createdDatabaseIsNewEmptyAndConnectable(PostgresServer server) throws SQLException {
        ConnectionInfo db = server.createDatabase("it");
        try {
            assertThat(db.database()).matches("it_" + ProcessHandle.current().pid() + "_\\d+");
            TestDatabase test = new TestDatabase(db);
            assertThat(test.queryString("SELECT current_database()")).isEqualTo(db.database());
            assertThat(test.queryString("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'"))
                    .isEqualTo("0");
        } finally {
            server.dropDatabase(db);
        }
        assertThat(exists(server, db.database())).isFalse();
    }

    @Test
    void eachCreateGivesAnotherName(PostgresServer server) {
        ConnectionInfo first = server.createDatabase("it");
        ConnectionInfo second = server.createDatabase("it");
        try {
            assertThat(first.database()).isNotEqualTo(second.database());
            assertThat(exists(server, first.database())).isTrue();
            assertThat(exists(server, second.database())).isTrue();
        } finally {
            server.dropDatabase(first);
            server.dropDatabase(second);
        }
    }

    @Test
    void dropDisconnectsSessionsStillUsingTheDatabase(PostgresServer server) throws SQLException {
        ConnectionInfo db = server.createDatabase("it");
        try (Connection forgotten = db.open()) {
            server.dropDatabase(db);

            assertThat(exists(server, db.database())).isFalse();
            assertThat(forgotten.isValid(2)).isFalse();
        }
        server.dropDatabase(db); // already gone: nothing to do, no error
    }

    @Test
    void refusesToDropADatabaseItDidNotCreate(PostgresServer server) {
        assertThatThrownBy(() -> server.dropDatabase(server.admin()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of them");
        assertThat(exists(server, server.admin().database())).isTrue();
    }

    @Test
    void rejectsPrefixesThatAreNotPlainLowercaseIdentifiers(PostgresServer server) {
        for (String prefix : new String[] {"", "Upper", "1abc", "a-b", "a\"b", "x".repeat(31)}) {
            assertThatThrownBy(() -> server.createDatabase(prefix))
                    .as(prefix)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lowercase");
        }
    }

    static boolean exists(PostgresServer server, String database) {
        try (Connection admin = server.admin().open();
             PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
