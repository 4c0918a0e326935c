package dev.dibs.engine.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Signed-in sessions kept open between the targets of one fleet run that share a database (tenant
 * schemas, mostly). A new PostgreSQL server process is dear: besides signing in, its first catalog
 * queries fill its caches — an inspection of a ten-table tenant schema took 200 ms on a new
 * connection and 56 ms on one that had inspected another tenant (100 tenants, PostgreSQL 17).
 *
 * <p>A {@link ConnectionInfo} made {@link ConnectionInfo#keptIn kept in} this hands out, from
 * {@link ConnectionInfo#open()} and {@link ConnectionInfo#connect()}, a connection whose
 * {@code close()} gives it back: rolled back, in autocommit, and its session reset
 * ({@code reset-session.sql}: settings, role and session authorization, temporary tables, cursors,
 * {@code LISTEN}, advisory locks), within {@link #GIVE_BACK_TIMEOUT_MS}, before the next user takes
 * it. One that cannot be reset so is closed instead: closed underneath, aborted, still in a
 * transaction, holding statements prepared in SQL ({@code PREPARE}), or with driver settings its
 * user changed (holdability, network timeout, prepare threshold, fetch size). Settings of names
 * PostgreSQL does not know ({@code SET app.x}) are not listed anywhere and stay: these sessions are
 * for dibs's own reads (inspections, statuses, checks), and a connection on which a migration runs
 * is opened with driver properties of its own ({@link ConnectionInfo#open(Map)}) and never kept.
 *
 * <p>Only connections that were in use at once are kept, at most {@code maxIdle} per database; a
 * database's are closed by {@link #release} (its last target is done; one given back later is closed
 * too) and all by {@link #close}; a sign-in refused for too many connections closes the other
 * databases' idle ones and is tried again while their server processes end. The statements a user made are closed when it gives
 * the connection back. A connection taken out through {@code unwrap} or a statement's
 * {@code getConnection()} is the real one: held past {@code close()}, it would be another user's.
 */
public final class KeptSessions implements AutoCloseable {

    /** How long a sign-in refused for too many connections is tried again once other databases' idle ones are closed. */
    private static final java.time.Duration FREED = java.time.Duration.ofSeconds(3);

    /** How long giving a connection back may take (rollback and reset) before it is aborted instead. */
    static final int GIVE_BACK_TIMEOUT_MS = 10_000;

    private final int maxIdle;
    private final Map<ConnectionInfo, ArrayDeque<Session>> idle = new HashMap<>();
    private final Set<ConnectionInfo> released = new HashSet<>();
    private boolean closed;

    /** @param maxIdle how many idle connections to keep per database at most */
    public KeptSessions(int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdle " + maxIdle);
        }
        this.maxIdle = maxIdle;
    }

    /** A connection to {@code plain} (an info not kept anywhere): an idle one if there is one still alive, else a new one. */
    Connection borrow(ConnectionInfo plain) throws SQLException {
        while (true) {
            Session kept;
            synchronized (this) {
                ArrayDeque<Session> free = idle.get(plain);
                kept = free == null ? null : free.pollLast();
            }
            if (kept == null) {
                break;
            }
            if (kept.real().isValid(5)) {
                return lent(plain, kept);
            }
            kept.closeQuietly(); // ended by the server or a pooler while it waited: the next one, or a new one
        }
        try {
            return lent(plain, Session.of(plain.open()));
        } catch (SQLException e) {
            // too many connections (the server's, the role's or the database's limit): what other
            // databases keep idle counts against it; closed, the sign-in is tried again
            if (!"53300".equals(e.getSQLState()) || !closeIdleOfOthers(plain)) {
                throw e;
            }
            return openOnceFreed(plain);
        }
    }

    /**
     * Signs in once the connections just closed have left the server: a closed connection's server
     * process ends a moment after, and counts against the limit until then (on a busy server, longer),
     * so a sign-in still refused for too many connections is tried again for up to {@link #FREED}.
     */
    private Connection openOnceFreed(ConnectionInfo plain) throws SQLException {
        long deadline = System.nanoTime() + FREED.toNanos();
        for (long wait = 5; ; wait = Math.min(wait * 2, 200)) {
            try {
                return lent(plain, Session.of(plain.open()));
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || System.nanoTime() + wait * 1_000_000 > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Closes the idle connections to databases other than {@code plain}'s; whether there were any. */
    private boolean closeIdleOfOthers(ConnectionInfo plain) {
        List<Session> others = new ArrayList<>();
        synchronized (this) {
            idle.entrySet().removeIf(e -> {
                if (e.getKey().equals(plain)) {
                    return false;
                }
                others.addAll(e.getValue());
                return true;
            });
        }
        others.forEach(Session::closeQuietly);
        return !others.isEmpty();
    }

    /** Closes the idle connections to {@code info}'s database, and any given back later: no target left needs them. */
    public void release(ConnectionInfo info) {
        ArrayDeque<Session> free;
        synchronized (this) {
            released.add(info.unkept());
            free = idle.remove(info.unkept());
        }
        if (free != null) {
            free.forEach(Session::closeQuietly);
        }
    }

    /** Closes every idle connection; a connection given back later is closed, not kept. */
    @Override
    public void close() {
        Map<ConnectionInfo, ArrayDeque<Session>> all;
        synchronized (this) {
            closed = true;
            all = new HashMap<>(idle);
            idle.clear();
        }
        all.values().forEach(q -> q.forEach(Session::closeQuietly));
    }

    /** Idle connections kept now, for tests. */
    synchronized int idleCount() {
        return idle.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    private void giveBack(ConnectionInfo plain, Session session) {
        Connection real = session.real();
        try {
            if (real.isClosed() || !session.settingsUnchanged()) {
                real.close();
                return;
            }
            // an unresponsive server must not hold the fleet's worker: past the timeout the connection is dropped
            real.setNetworkTimeout(Runnable::run, GIVE_BACK_TIMEOUT_MS);
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            if (real.isReadOnly()) {
                real.setReadOnly(false);
            }
            boolean clean = reset(real, session.applicationName());
            real.setNetworkTimeout(Runnable::run, session.networkTimeout());
            real.clearWarnings();
            if (!clean || real.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                real.close();
                return;
            }
            synchronized (this) {
                ArrayDeque<Session> free = idle.computeIfAbsent(plain, k -> new ArrayDeque<>());
                if (!closed && !released.contains(plain) && free.size() < maxIdle) {
                    free.addLast(session);
                    return;
                }
                if (free.isEmpty()) {
                    idle.remove(plain);
                }
            }
            real.close();
        } catch (SQLException | RuntimeException e) {
            session.closeQuietly(); // a session that cannot be reset is not handed to anyone
        }
    }

    /** Runs the reset; whether nothing it cannot reset is left (statements prepared in SQL). */
    private static boolean reset(Connection real, String applicationName) throws SQLException {
        boolean clean = false;
        try (PreparedStatement ps = real.prepareStatement(SqlResources.load(KeptSessions.class, "reset-session"))) {
            ps.setString(1, applicationName);
            boolean results = ps.execute();
            while (true) {
                if (results) {
                    try (ResultSet rs = ps.getResultSet()) {
                        if (rs.getMetaData().getColumnLabel(1).equals("nothing_left") && rs.next()) {
                            clean = rs.getBoolean(1);
                        }
                    }
                } else if (ps.getUpdateCount() == -1) {
                    return clean;
                }
                results = ps.getMoreResults();
            }
        }
    }

    private Connection lent(ConnectionInfo plain, Session session) {
        return (Connection) Proxy.newProxyInstance(KeptSessions.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Lent(plain, session));
    }

    /**
     * A kept connection and what its user could change on the driver's side, as it signed in: the
     * application name (the driver sets it after signing in, so the reset sets it again), and the
     * settings that, changed, make it not kept.
     */
    private record Session(Connection real, String applicationName, int holdability, int networkTimeout, int prepareThreshold,
                           int fetchSize) {
        static Session of(Connection real) throws SQLException {
            PGConnection pg = real.unwrap(PGConnection.class);
            return new Session(real, real.getClientInfo("ApplicationName"), real.getHoldability(), real.getNetworkTimeout(),
                    pg.getPrepareThreshold(), pg.getDefaultFetchSize());
        }

        boolean settingsUnchanged() throws SQLException {
            PGConnection pg = real.unwrap(PGConnection.class);
            return real.getHoldability() == holdability && real.getNetworkTimeout() == networkTimeout
                    && pg.getPrepareThreshold() == prepareThreshold && pg.getDefaultFetchSize() == fetchSize;
        }

        void closeQuietly() {
            try {
                real.close();
            } catch (SQLException ignored) {
                // closing is all that was left to do with it
            }
        }
    }

    /**
     * A kept connection while one user has it: {@code close()} gives it back, once, and
     * {@code abort()} drops it; after either it answers as closed ({@code isValid} false,
     * {@code abort} and {@code close} nothing, anything else an error), and so do the statements it
     * made, which are closed first: none of them reaches the next user's session.
     */
    private final class Lent implements InvocationHandler {
        private final ConnectionInfo plain;
        private final Session session;
        private final Connection real;
        private final List<Statement> statements = new ArrayList<>();
        private boolean done;

        Lent(ConnectionInfo plain, Session session) {
            this.plain = plain;
            this.session = session;
            this.real = session.real();
        }

        /** Whether this call ends the loan (the first close or abort); the lock is held only for the flag, not the call. */
        private synchronized boolean end() {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }

        private synchronized boolean ended() {
            return done;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (end()) {
                        closeStatements();
                        giveBack(plain, session);
                    }
                    return null;
                case "abort":
                    if (args[0] == null) {
                        throw new SQLException("abort needs an executor", "22023");
                    }
                    if (end()) {
                        try {
                            real.abort((java.util.concurrent.Executor) args[0]); // another thread stops a read: never kept
                        } catch (SQLException | RuntimeException e) {
                            session.closeQuietly();
                            throw e;
                        }
                    }
                    return null;
                case "isClosed":
                    return ended() || real.isClosed();
                case "isValid":
                    return !ended() && real.isValid((Integer) args[0]);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "kept connection to " + plain.describe() + (ended() ? " (given back)" : "");
                default:
                    if (ended()) {
                        throw new SQLException("This connection has been closed.", "08003");
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Statement statement) {
                        synchronized (this) {
                            statements.removeIf(KeptSessions::closedStatement);
                            statements.add(statement);
                        }
                    }
                    return result;
            }
        }

        private void closeStatements() {
            List<Statement> made;
            synchronized (this) {
                made = new ArrayList<>(statements);
                statements.clear();
            }
            for (Statement st : made) {
                try {
                    st.close();
                } catch (SQLException ignored) {
                    // a statement that cannot close is on a connection the give-back then finds broken
                }
            }
        }
    }

    private static boolean closedStatement(Statement s) {
        try {
            return s.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
