package dev.dibs.engine.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
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
 * ({@code reset-session.sql}: settings, role, temporary tables, cursors, advisory locks) before the
 * next user takes it. One that cannot be reset, or was closed underneath, is closed instead. A
 * connection opened with driver properties of the caller's own (a migration's) is never kept.
 * Connections are kept per database and credentials, only as many as were in use at once, and
 * closed by {@link #release} (the last target of that database is done) and {@link #close}.
 */
public final class KeptSessions implements AutoCloseable {

    private final Map<ConnectionInfo, ArrayDeque<Session>> idle = new HashMap<>();
    private boolean closed;

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
            closeQuietly(kept.real()); // ended by the server or a pooler while it waited: the next one, or a new one
        }
        Connection opened = plain.open();
        // the driver sets the name after signing in, so a reset would clear it: it is set back from here
        return lent(plain, new Session(opened, opened.getClientInfo("ApplicationName")));
    }

    /** Closes the idle connections to {@code plain}'s database: no target left needs them. */
    public void release(ConnectionInfo info) {
        ArrayDeque<Session> free;
        synchronized (this) {
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
            if (real.isClosed()) {
                return;
            }
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            if (real.isReadOnly()) {
                real.setReadOnly(false);
            }
            try (PreparedStatement ps = real.prepareStatement(SqlResources.load(KeptSessions.class, "reset-session"))) {
                ps.setString(1, session.applicationName());
                ps.execute();
            }
            real.clearWarnings();
            if (real.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                real.close();
                return;
            }
            synchronized (this) {
                if (!closed) {
                    idle.computeIfAbsent(plain, k -> new ArrayDeque<>()).addLast(session);
                    return;
                }
            }
            real.close();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(real); // a session that cannot be reset is not handed to anyone
        }
    }

    private Connection lent(ConnectionInfo plain, Session session) {
        return (Connection) Proxy.newProxyInstance(KeptSessions.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Lent(plain, session));
    }

    /** A kept connection and the application name it signed in with. */
    private record Session(Connection real, String applicationName) {
        void closeQuietly() {
            KeptSessions.closeQuietly(real);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is all that was left to do with it
        }
    }

    /** A kept connection while one user has it: {@code close()} gives it back, once; after that it answers as closed. */
    private final class Lent implements InvocationHandler {
        private final ConnectionInfo plain;
        private final Session session;
        private final Connection real;
        private volatile boolean returned;

        Lent(ConnectionInfo plain, Session session) {
            this.plain = plain;
            this.session = session;
            this.real = session.real();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    synchronized (this) {
                        if (returned) {
                            return null;
                        }
                        returned = true;
                    }
                    giveBack(plain, session);
                    return null;
                case "isClosed":
                    return returned || real.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "kept connection to " + plain.describe() + (returned ? " (given back)" : "");
                default:
                    if (returned) {
                        throw new SQLException("This connection has been closed.", "08003");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }
}
