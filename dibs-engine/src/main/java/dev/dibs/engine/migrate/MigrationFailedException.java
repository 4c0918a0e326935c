package dev.dibs.engine.migrate;

import dev.dibs.engine.DibsException;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A migration failed: which one (id, class, source), which statement (index and SQL), what
 * Postgres said (message, detail, hint, SQLSTATE, position), and what state that leaves.
 */
public final class MigrationFailedException extends DibsException {

    private final transient DiscoveredMigration migration;

    MigrationFailedException(DiscoveredMigration migration, int statementIndex, String sql, Throwable cause, String state) {
        super(message(migration, statementIndex, sql, cause, state), cause);
        this.migration = migration;
    }

    public DiscoveredMigration migration() {
        return migration;
    }

    private static String message(DiscoveredMigration m, int index, String sql, Throwable cause, String state) {
        StringBuilder sb = new StringBuilder("Migration ").append(m.describe()).append(" failed");
        if (sql != null) {
            sb.append(" at statement ").append(index).append(":\n  ").append(sql.strip().replace("\n", "\n  "));
        }
        if (cause instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage e = p.getServerErrorMessage();
            sb.append("\nPostgreSQL said: ").append(e.getMessage());
            if (e.getDetail() != null) {
                sb.append("\n  detail: ").append(e.getDetail());
            }
            if (e.getHint() != null) {
                sb.append("\n  hint: ").append(e.getHint());
            }
            sb.append("\n  SQLSTATE ").append(e.getSQLState());
            if (e.getPosition() > 0 && sql != null) {
                sb.append("\n  at character ").append(e.getPosition()).append(": ").append(pointer(sql, e.getPosition()));
            }
        } else if (cause instanceof SQLException e) {
            sb.append("\nPostgreSQL said: ").append(e.getMessage()).append("\n  SQLSTATE ").append(e.getSQLState());
        } else {
            sb.append("\nThe migration threw ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(m.className())) {
                    sb.append("\n  at ").append(frame);
                    break;
                }
            }
        }
        return sb.append('\n').append(state).toString();
    }

    /** The line of {@code sql} holding character {@code position} (1-based), with a caret under it. */
    private static String pointer(String sql, int position) {
        int at = Math.min(position - 1, sql.length());
        int start = sql.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
        int end = sql.indexOf('\n', at);
        String line = sql.substring(start, end < 0 ? sql.length() : end);
        return "\n    " + line + "\n    " + " ".repeat(Math.max(at - start, 0)) + "^";
    }
}
