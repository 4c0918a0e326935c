package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server started for one run lends its maintenance database ({@code postgres}) and its pristine one
 * to the first scratch builds: each is built by a role of its own all the same (not one named as the
 * database: a role {@code postgres} exists), and closing it leaves the run able to go on.
 */
class ScratchOnOneRunServerTest {

    @Test
    void lentDatabasesAreBuiltByARoleOfTheirOwnToo() throws Exception {
        try (PostgresServer server = PostgresServers.forOneRun(PostgresServers.embedded())) {
            for (int i = 0; i < 3; i++) { // postgres, the pristine database, then a new one
                try (ScratchDatabase scratch = ScratchDatabase.create(server, List.of())) {
                    try (Statement s = scratch.connection().createStatement();
                         ResultSet rs = s.executeQuery("SELECT current_user, current_setting('is_superuser')")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).startsWith("dibs_builder_");
                        assertThat(rs.getString(2)).isEqualTo("off");
                    }
                    try (Statement s = scratch.connection().createStatement()) {
                        s.execute("CREATE TABLE t" + i + " (id int)");
                    }
                }
            }
        }
    }
}
