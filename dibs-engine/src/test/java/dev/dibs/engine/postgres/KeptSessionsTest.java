package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions kept between the targets of a fleet: a connection given back is the next one handed
 * out (the same server process), with nothing of its last user's session left — settings, role,
 * an open transaction, temporary tables, cursors, advisory locks — while the driver's prepared
 * statements stay prepared. One that died meanwhile is replaced, and nothing stays open once the
 * sessions are released or closed.
 */
@WithPostgres
class KeptSessionsTest {

    private static int backend(Connection c) throws SQLException {
        return Integer.parseInt(one(c, "SELECT pg_catalog.pg_backend_pid()"));
    }

    /** {@code sql}'s first value, on a connection of the test's own (closed again). */
    private static String fresh(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            return one(c, sql);
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aConnectionGivenBackIsHandedOutAgainWithNothingOfItsLastSessionLeft(TestDatabase db) throws SQLException {
        String role = "kept_reader_" + db.name();
        db.execute("CREATE TABLE counted (id int); CREATE ROLE " + role + "; GRANT SELECT, INSERT ON counted TO " + role);
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            int first;
            try (Connection c = info.open(); Statement s = c.createStatement()) {
                first = backend(c);
                s.execute("SET search_path = nowhere");
                s.execute("SET work_mem = '77MB'");
                s.execute("SET statement_timeout = '5min'");
                s.execute("SELECT pg_catalog.set_config('application_name', 'someone else', false)");
                s.execute("SELECT pg_catalog.pg_advisory_lock(4242)");
                s.execute("CREATE TEMPORARY TABLE scratch_notes (x int)");
                s.execute("DECLARE held CURSOR WITH HOLD FOR SELECT 1");
                s.execute("SET ROLE " + role);
                c.setAutoCommit(false);
                s.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
                s.execute("INSERT INTO public.counted VALUES (1)");
                s.execute("SET LOCAL work_mem = '99MB'");
            } // given back mid-transaction: rolled back, reset
            assertThat(kept.idleCount()).isEqualTo(1);
            try (Connection c = info.open()) {
                assertThat(backend(c)).isEqualTo(first);
                assertThat(c.getAutoCommit()).isTrue();
                assertThat(one(c, "SHOW search_path")).isEqualTo("\"$user\", public");
                assertThat(one(c, "SHOW work_mem")).isEqualTo(fresh(db, "SHOW work_mem"));
                assertThat(one(c, "SHOW application_name")).isEqualTo("dibs");
                assertThat(one(c, "SELECT current_user")).isEqualTo(fresh(db, "SELECT current_user"));
                assertThat(one(c, "SELECT count(*) FROM pg_catalog.pg_cursors WHERE name = 'held'")).isEqualTo("0");
                assertThat(one(c, "SELECT count(*) FROM pg_catalog.pg_class WHERE relname = 'scratch_notes'")).isEqualTo("0");
                assertThat(one(c, "SELECT count(*) FROM public.counted")).isEqualTo("0");
                assertThat(one(c, "SHOW statement_timeout")).isEqualTo(fresh(db, "SHOW statement_timeout"));
                assertThat(one(c, "SHOW transaction_isolation")).isEqualTo(fresh(db, "SHOW transaction_isolation"));
                assertThat(fresh(db, "SELECT pg_catalog.pg_try_advisory_lock(4242)")).isEqualTo("t");
            }
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    void theDriversPreparedStatementsStayPreparedAcrossUsers(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            for (int i = 0; i < 8; i++) { // the driver prepares a statement on the server from its fifth run on
                try (Connection c = info.open(); PreparedStatement ps = c.prepareStatement("SELECT ?::int + 1")) {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).isEqualTo(i + 1);
                    }
                    if (i == 7) {
                        assertThat(one(c, "SELECT count(*) FROM pg_catalog.pg_prepared_statements"
                                + " WHERE statement = 'SELECT $1::int + 1'")).isEqualTo("1");
                    }
                }
            }
        }
    }

    @Test
    void aConnectionThatDiedWhileKeptIsReplacedAndAClosedOneAnswersSo(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            Connection lent = info.open();
            int first = backend(lent);
            lent.close();
            assertThat(lent.isClosed()).isTrue();
            assertThatThrownBy(lent::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("closed");
            lent.close(); // twice: nothing more happens
            assertThat(kept.idleCount()).isEqualTo(1);

            assertThat(fresh(db, "SELECT pg_catalog.pg_terminate_backend(" + first + ")")).isEqualTo("t");
            try (Connection c = info.open()) {
                assertThat(backend(c)).isNotEqualTo(first);
            }
        }
    }

    @Test
    void aSessionThatCannotBeResetIsClosedNotKept(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            try (Connection c = info.open(); Statement s = c.createStatement()) {
                s.execute("PREPARE mine AS SELECT 1");
            }
            try (Connection c = info.open()) {
                c.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(1);
            }
            try (Connection c = info.open()) {
                c.setHoldability(java.sql.ResultSet.CLOSE_CURSORS_AT_COMMIT);
            }
            Connection aborted = info.open();
            aborted.abort(Runnable::run);
            assertThat(aborted.isClosed()).isTrue();
            assertThat(aborted.isValid(1)).isFalse();
            aborted.close();
            assertThat(kept.idleCount()).isZero();
        }
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aSessionOnADatabaseWithOtherDefaultsIsKept(TestDatabase db) throws SQLException {
        db.execute("ALTER DATABASE " + db.name() + " SET default_transaction_isolation = 'serializable'");
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            int first;
            try (Connection c = info.open(); Statement s = c.createStatement()) {
                first = backend(c);
                c.setAutoCommit(false);
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"); // as an inspection does
                s.execute("SELECT 1");
            }
            assertThat(kept.idleCount()).isEqualTo(1);
            try (Connection c = info.open()) {
                assertThat(backend(c)).isEqualTo(first);
                assertThat(one(c, "SHOW transaction_isolation")).isEqualTo("serializable");
            }
        }
    }

    @Test
    void aStatementOfAConnectionGivenBackReachesNoOtherSession(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            Connection first = info.open();
            Statement stale = first.createStatement();
            first.close();
            assertThatThrownBy(() -> stale.execute("SET search_path = elsewhere")).isInstanceOf(SQLException.class);
            try (Connection next = info.open()) {
                assertThat(one(next, "SHOW search_path")).isEqualTo("\"$user\", public");
            }
            Connection aborted = info.open();
            assertThatThrownBy(() -> aborted.abort(null)).isInstanceOf(SQLException.class);
            aborted.close();
        }
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aSignInRefusedForTooManyConnectionsClosesOtherDatabasesIdleOnesAndTriesAgain(TestDatabase db, PostgresServer server)
            throws SQLException {
        String role = "kept_limit_" + ProcessHandle.current().pid();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'kept-limit' CONNECTION LIMIT 2");
        ConnectionInfo other = server.createDatabase("kept");
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo a = new ConnectionInfo(db.info().url(), role, "kept-limit").keptIn(kept);
            ConnectionInfo b = new ConnectionInfo(other.url(), role, "kept-limit").keptIn(kept);
            try (Connection running = a.open()) {
                a.open().close(); // idle now, counting against the role's limit
                assertThat(kept.idleCount()).isEqualTo(1);
                try (Connection c = b.open()) {
                    assertThat(one(c, "SELECT current_database()")).isEqualTo(other.database());
                }
                assertThat(one(running, "SELECT 1")).isEqualTo("1");
            }
        } finally {
            server.dropDatabase(other);
            db.execute("DROP ROLE " + role);
        }
    }

    @Test
    void atMostMaxIdleAreKept(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(2)) {
            ConnectionInfo info = db.info().keptIn(kept);
            List<Connection> open = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                open.add(info.open());
            }
            for (Connection c : open) {
                c.close();
            }
            assertThat(kept.idleCount()).isEqualTo(2);
        }
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void releasedAndClosedSessionsLeaveNoConnectionOpen(TestDatabase db) throws SQLException {
        KeptSessions kept = new KeptSessions(4);
        ConnectionInfo info = db.info().keptIn(kept);
        Connection a = info.open();
        Connection b = info.open();
        assertThat(backend(a)).isNotEqualTo(backend(b)); // one user at a time per connection
        a.close();
        b.close();
        assertThat(kept.idleCount()).isEqualTo(2);
        kept.release(info);
        assertThat(kept.idleCount()).isZero();
        db.assertNoDibsConnectionLeft();

        Connection straggler = info.open();
        straggler.close(); // given back after its database was released: closed, not kept
        assertThat(kept.idleCount()).isZero();

        Connection late = info.open();
        kept.close();
        late.close(); // given back after the close: closed, not kept
        assertThat(kept.idleCount()).isZero();
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aConnectionWithTheCallersOwnDriverPropertiesIsNeverKept(TestDatabase db) throws SQLException {
        try (KeptSessions kept = new KeptSessions(4)) {
            ConnectionInfo info = db.info().keptIn(kept);
            try (Connection c = info.open(Map.of("flushCacheOnDdl", "false"))) {
                assertThat(c.isWrapperFor(org.postgresql.PGConnection.class)).isTrue();
            }
            assertThat(kept.idleCount()).isZero();
            assertThat(info.unkept().kept()).isNull();
            assertThat(info.withDatabase(db.name()).kept()).as("another database's connections are not kept here").isNull();
            assertThat(info).isEqualTo(db.info()); // the same database, wherever its connections are kept
        }
        db.assertNoDibsConnectionLeft();
    }
}
