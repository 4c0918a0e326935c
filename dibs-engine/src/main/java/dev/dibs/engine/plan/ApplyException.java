package dev.dibs.engine.plan;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Applying a plan failed: which statement (number and SQL), the change it came from, what Postgres
 * said (message, detail, hint, position), and what that left ({@code afterwards}: the transaction
 * rolled back, or, for a validation after it, committed with the constraint {@code NOT VALID}).
 */
public final class ApplyException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final int number;
    private final transient Statement statement;

    ApplyException(int number, int total, Statement statement, SQLException cause, String afterwards) {
        super(message(number, total, statement, cause, afterwards), cause);
        this.number = number;
        this.statement = statement;
    }

    public int number() {
        return number;
    }

    public Statement statement() {
        return statement;
    }

    private static String message(int number, int total, Statement s, SQLException e, String afterwards) {
        StringBuilder sb = new StringBuilder("statement ").append(number).append(" of ").append(total)
                .append(" failed (").append(Printable.escape(s.change().subject())).append("):\n  ").append(Printable.indented(s.sql(), "  "))
                .append("\nPostgreSQL said: ");
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            sb.append(Printable.indented(m.getMessage(), "    "));
            if (m.getDetail() != null) {
                sb.append("\n  detail: ").append(Printable.indented(m.getDetail(), "    "));
            }
            if (m.getHint() != null) {
                sb.append("\n  hint: ").append(Printable.indented(m.getHint(), "    "));
            }
            if (m.getPosition() > 0) {
                sb.append("\n  at character ").append(m.getPosition());
            }
            if (m.getSQLState() != null) {
                sb.append("\n  SQLSTATE ").append(m.getSQLState());
            }
        } else {
            sb.append(Printable.indented(e.getMessage(), "    "));
        }
        return sb.append('\n').append(afterwards).toString();
    }
}
