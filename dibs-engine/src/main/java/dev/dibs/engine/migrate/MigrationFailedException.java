package dev.dibs.engine.migrate;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A migration failed: which one (id, class or SQL file, source), which statement (index, and for a
 * SQL file the line it starts on, and SQL), what
 * Postgres said (message, detail, hint, SQLSTATE, position), and what state that leaves.
 */
public final class MigrationFailedException extends DibsException {
    private static final long serialVersionUID = 1L;

    /** Statements up to this length are shown whole; a longer one (a generated multi-megabyte INSERT) only in part. */
    private static final int WHOLE = 1000;
    /** How much of a long statement is shown when PostgreSQL gives no error position. */
    private static final int HEAD = 500;
    /** How many characters either side of PostgreSQL's error position are shown. */
    private static final int AROUND = 200;

    private final transient DiscoveredMigration migration;

    MigrationFailedException(DiscoveredMigration migration, int statementIndex, String sql, Throwable cause, String state) {
        super(message(migration, statementIndex, sql, cause, state), cause);
        this.migration = migration;
    }

    public DiscoveredMigration migration() {
        return migration;
    }

    private static String message(DiscoveredMigration m, int index, String sql, Throwable cause, String state) {
        StringBuilder sb = new StringBuilder("Migration ").append(Printable.escape(m.describe())).append(" failed");
        if (sql != null) {
            sb.append(" at statement ").append(index);
            if (m.script() != null && m.script().lineOf(index) > 0) {
                sb.append(", line ").append(m.script().lineOf(index)).append(" of ").append(Printable.escape(m.script().resource()));
            }
            sb.append(":\n  ").append(Printable.indented(shown(sql.strip()), "  "));
        } else if (index > 0) {
            sb.append(" after statement ").append(index).append(", which completed");
        }
        if (cause instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage e = p.getServerErrorMessage();
            sb.append("\nPostgreSQL said: ").append(Printable.indented(e.getMessage(), "    "));
            if (e.getDetail() != null) {
                sb.append("\n  detail: ").append(Printable.indented(e.getDetail(), "    "));
            }
            if (e.getHint() != null) {
                sb.append("\n  hint: ").append(Printable.indented(e.getHint(), "    "));
            }
            sb.append("\n  SQLSTATE ").append(e.getSQLState());
            if (e.getPosition() > 0 && sql != null) {
                sb.append("\n  at character ").append(e.getPosition()).append(": ").append(pointer(sql, e.getPosition()));
            }
        } else if (cause instanceof MigrationTransaction.Refused e) {
            sb.append("\ndibs refused: ").append(Printable.indented(e.getMessage(), "  "));
        } else if (cause instanceof SQLException e) {
            sb.append("\nThe PostgreSQL driver said: ").append(Printable.indented(e.getMessage(), "    ")).append("\n  SQLSTATE ").append(e.getSQLState());
        } else {
            sb.append("\nThe migration threw ").append(cause.getClass().getName()).append(": ").append(Printable.indented(cause.getMessage(), "    "));
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(m.className())) {
                    sb.append("\n  at ").append(frame);
                    break;
                }
            }
        }
        return sb.append('\n').append(state).toString();
    }

    /** A statement short enough whole; else its beginning and how much is left out (the error position is shown apart). */
    private static String shown(String sql) {
        return sql.length() <= WHOLE ? sql : sql.substring(0, HEAD) + " … (" + (sql.length() - HEAD) + " characters omitted)";
    }

    /**
     * The line of {@code sql} holding character {@code position} (1-based), with a caret under it;
     * of a long line only {@link #AROUND} characters either side, saying how many are left out.
     */
    private static String pointer(String sql, int position) {
        int at = Math.min(position - 1, sql.length());
        int lineStart = sql.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
        int lineEnd = sql.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? sql.length() : lineEnd;
        int start = Math.max(lineStart, at - AROUND);
        int end = Math.min(lineEnd, at + AROUND);
        String before = start > lineStart ? "… (" + (start - lineStart) + " characters omitted) " : "";
        String after = end < lineEnd ? " … (" + (lineEnd - end) + " characters omitted)" : "";
        return "\n    " + before + sql.substring(start, end) + after
                + "\n    " + " ".repeat(before.length() + Math.max(at - start, 0)) + "^";
    }
}
