package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** {@link Databases}: names PostgreSQL quotes, the copy strategy dibs may choose, and a drop that ends the database's sessions. */
@WithPostgres
class DatabasesTest {

    /** A name that would end its statement and start another if it were not quoted. */
    private static final String HOSTILE = "dibs \"db\"; DROP DATABASE postgres; --";

    @Test
    void aNameEscapesNothingAndADropEndsTheSessionsStillOnTheDatabase(PostgresServer shared) throws SQLException {
        try (Connection admin = shared.admin().open()) {
            Databases.create(admin, shared, HOSTILE, "template0");
            try {
                assertThat(ScratchDatabasesTest.exists(shared, HOSTILE)).isTrue();
                assertThat(ScratchDatabasesTest.exists(shared, "postgres")).isTrue();
                try (Connection inside = shared.admin().withDatabase(HOSTILE).open()) {
                    assertThat(inside.isValid(2)).isTrue();
                    Databases.drop(admin, HOSTILE, shared.majorVersion());
                    assertThat(inside.isValid(2)).as("the session on the dropped database was ended").isFalse();
                }
                assertThat(ScratchDatabasesTest.exists(shared, HOSTILE)).isFalse();
            } finally {
                Databases.drop(admin, HOSTILE, shared.majorVersion());
            }
        }
    }

    /**
     * WAL_LOG (PostgreSQL 15's default) writes the whole template to the WAL, megabytes for template0;
     * FILE_COPY copies its files and writes a few records. dibs copies by file only on a server it
     * started and discards; on one given by URL (the same server here) it keeps the default.
     */
    @Test
    void copiesByFileOnlyOnAServerDibsDiscards(PostgresServer shared) throws SQLException {
        long sharedWal = walWrittenCreating(shared, shared);
        boolean fileCopy = shared.discardedWhenClosed() && shared.majorVersion() >= 15;
        if (fileCopy) {
            assertThat(sharedWal).as("WAL written by a FILE_COPY create").isLessThan(1 << 20);
        }
        try (PostgresServer given = PostgresServers.start(ExistingServerTest.withCredentials(shared.admin(), shared.admin().password()))) {
            assertThat(given.discardedWhenClosed()).isFalse();
            long givenWal = walWrittenCreating(given, shared);
            if (shared.majorVersion() >= 15) {
                assertThat(givenWal).as("WAL written by the default create (WAL_LOG)").isGreaterThan(2L << 20);
            }
        }
    }

    /** The WAL bytes the server wrote while {@link Databases#create} made a database on {@code server} (through {@code shared}'s admin). */
    private static long walWrittenCreating(PostgresServer server, PostgresServer shared) throws SQLException {
        String name = "dibs_strategy_" + ProcessHandle.current().pid();
        try (Connection admin = shared.admin().open()) {
            String before = lsn(admin);
            Databases.create(admin, server, name, "template0");
            try (PreparedStatement ps = admin.prepareStatement("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint")) {
                ps.setString(1, before);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                Databases.drop(admin, name, shared.majorVersion());
            }
        }
    }

    private static String lsn(Connection admin) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_current_wal_lsn()::text"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
