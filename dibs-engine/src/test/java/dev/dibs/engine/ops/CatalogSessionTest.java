package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.testing.Models;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The catalog checks of one plan share one connection, opened on first use and closed with the
 * session. The session signs in ahead, while the plan is made, when the plan drops an object:
 * the connection it opened is the one the first check uses, it is closed when no check asked for
 * it, and a sign-in that fails fails the first check that asks — with the message a sign-in gives,
 * and no password — not the plan that asked for nothing.
 */
@WithPostgres
class CatalogSessionTest {

    private static final String DIBS_SESSIONS = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND application_name = 'dibs' AND pid <> pg_backend_pid()";

    private static int backendOf(CatalogSession session) throws SQLException {
        try (PreparedStatement ps = session.prepare("SELECT pg_catalog.pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits (with a deadline) until {@code n} sessions dibs opened are on the database. */
    private static void awaitDibsSessions(TestDatabase db, String n) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String now = db.queryString(DIBS_SESSIONS);
        while (!now.equals(n) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            now = db.queryString(DIBS_SESSIONS);
        }
        assertThat(now).as("sessions dibs opened on " + db.name()).isEqualTo(n);
    }

    @Test
    void oneConnectionForEveryCheckAndAFailedQueryLeavesItUsable(TestDatabase db) throws Exception {
        Connection first;
        try (CatalogSession session = new CatalogSession(db.info())) {
            try (PreparedStatement a = session.prepare("SELECT pg_backend_pid()"); ResultSet rs = a.executeQuery()) {
                first = a.getConnection();
                rs.next();
            }
            Throwable failed = catchThrowable(() -> {
                try (PreparedStatement bad = session.prepare("SELECT 1/0")) {
                    bad.executeQuery();
                }
            });
            assertThat(failed).hasMessageContaining("division by zero");
            try (PreparedStatement b = session.prepare("SELECT 2"); ResultSet rs = b.executeQuery()) {
                assertThat(b.getConnection()).isSameAs(first);
                rs.next();
                assertThat(rs.getInt(1)).as("usable after a failed check").isEqualTo(2);
            }
        }
        assertThat(first.isClosed()).isTrue();
    }

    @Test
    void theConnectionOpenedAheadIsTheOneTheChecksUse(TestDatabase db) throws SQLException {
        try (CatalogSession session = CatalogSession.opening(db.info())) {
            awaitDibsSessions(db, "1"); // signed in before any check asked
            String ahead = db.queryString("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'dibs' AND pid <> pg_backend_pid()");
            assertThat(backendOf(session)).isEqualTo(Integer.parseInt(ahead));
            assertThat(backendOf(session)).isEqualTo(Integer.parseInt(ahead));
            awaitDibsSessions(db, "1");
        }
        db.assertNoDibsConnectionLeft();
    }

    /** A server's idle_session_timeout or a pooler may end the connection while the plan is made. */
    @Test
    void aConnectionEndedWhileThePlanWasMadeIsOpenedAgain(TestDatabase db) throws SQLException {
        try (CatalogSession session = CatalogSession.opening(db.info())) {
            awaitDibsSessions(db, "1");
            String ahead = db.queryString("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'dibs' AND pid <> pg_backend_pid()");
            assertThat(db.queryString("SELECT pg_terminate_backend(" + ahead + ")")).isEqualTo("t");
            awaitDibsSessions(db, "0");

            int used = backendOf(session);
            assertThat(used).isNotEqualTo(Integer.parseInt(ahead));
            assertThat(backendOf(session)).isEqualTo(used);
        }
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aConnectionNoCheckAskedForIsClosed(TestDatabase db) throws SQLException {
        CatalogSession session = CatalogSession.opening(db.info());
        awaitDibsSessions(db, "1");
        session.close();
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aFailedSignInFailsTheFirstCheckAsASignInDoesAndNothingElse(TestDatabase db) {
        ConnectionInfo wrong = new ConnectionInfo(db.info().url(), db.info().user(), "not-the-password-4711");
        String signIn = catchMessage(wrong::connect);
        assertThat(signIn).contains("password authentication failed").doesNotContain("not-the-password-4711");

        try (CatalogSession asked = CatalogSession.opening(wrong)) {
            assertThatThrownBy(() -> asked.prepare("SELECT 1")).isInstanceOf(DibsException.class).hasMessage(signIn);
        }
        // nobody asked: closing says nothing (the plan's other checks had nothing to ask this database)
        CatalogSession unasked = CatalogSession.opening(wrong);
        unasked.close();
    }

    /**
     * A fleet stops its workers by interrupting them: one waiting for the sign-in says so in a
     * sentence, not as an unexpected failure. The "server" accepts and never answers, so the sign-in
     * is still pending when the wait is interrupted; the connection attempt ends with the socket.
     */
    @Test
    void anInterruptedWaitForTheSignInSaysSoAndAsksNothing() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ConnectionInfo nowhere = new ConnectionInfo("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app",
                    "app", "secret-4711");
            CatalogSession session = CatalogSession.opening(nowhere);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> session.prepare("SELECT 1")).isInstanceOf(DibsException.class)
                        .hasMessage("Interrupted while signing in to jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                                + "/app (user app) for the plan's checks; nothing was asked or changed there.")
                        .hasMessageNotContaining("secret-4711");
                assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
            } finally {
                Thread.interrupted();
            }
            session.close(); // returns at once: the pending sign-in is abandoned, closed when it ends
        }
    }

    @Test
    void signsInAheadOnlyWhenThePlanDropsOrRetypes(TestDatabase db) {
        Schema orders = Models.schema(Models.table("orders").columns(Models.col("id", "bigint"), Models.col("note", "text")).build());
        Schema noNote = Models.schema(Models.table("orders").columns(Models.col("id", "bigint")).build());
        Schema longId = Models.schema(Models.table("orders").columns(Models.col("id", "numeric"), Models.col("note", "text")).build());
        Schema none = Schema.empty(List.of("public"));
        try (CatalogSession drops = PlanBlockers.session(db.info(), orders, none);
             CatalogSession dropsAColumn = PlanBlockers.session(db.info(), orders, noNote);
             CatalogSession retypes = PlanBlockers.session(db.info(), orders, longId);
             CatalogSession keeps = PlanBlockers.session(db.info(), orders, orders);
             CatalogSession addsAColumn = PlanBlockers.session(db.info(), noNote, orders);
             CatalogSession adds = PlanBlockers.session(db.info(), none, orders)) {
            assertThat(drops.signsInAhead()).isTrue();
            assertThat(dropsAColumn.signsInAhead()).isTrue();
            assertThat(retypes.signsInAhead()).isTrue();
            assertThat(keeps.signsInAhead()).isFalse();
            assertThat(addsAColumn.signsInAhead()).isFalse();
            assertThat(adds.signsInAhead()).isFalse();
        }
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (DibsException e) {
            return e.getMessage();
        }
        throw new AssertionError("the sign-in did not fail");
    }
}
