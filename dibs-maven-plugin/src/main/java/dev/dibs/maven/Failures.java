package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal's failure as Maven prints it: every line behind {@code [ERROR]}, each made printable
 * ({@link Printable#lines}) — names and values in a message come from the database, annotations,
 * files and parameters, and a carriage return or escape sequence must not overwrite that prefix or
 * recolour the terminal. Maven also prints the message of each cause the text does not already
 * hold, so a cause is chained only when every message along its chain prints as it is; otherwise
 * the failure takes the cause's stack trace instead (what {@code mvn -e} shows), not its raw text.
 */
final class Failures {

    private Failures() {
    }

    static MojoFailureException failure(String message, Throwable cause) {
        String printable = Printable.lines(message);
        MojoFailureException f = printable(cause) ? new MojoFailureException(printable, cause) : new MojoFailureException(printable);
        return traced(f, cause);
    }

    static MojoExecutionException error(String message, Throwable cause) {
        String printable = Printable.lines(message);
        MojoExecutionException e = printable(cause) ? new MojoExecutionException(printable, cause) : new MojoExecutionException(printable);
        return traced(e, cause);
    }

    /** {@code e} as Maven should print it: itself when its message and its causes' print as they are. */
    static MojoFailureException printable(MojoFailureException e) {
        return printable(e.getMessage()) && printable(e.getCause()) ? e : traced(failure(e.getMessage(), e.getCause()), e);
    }

    static MojoExecutionException printable(MojoExecutionException e) {
        return printable(e.getMessage()) && printable(e.getCause()) ? e : traced(error(e.getMessage(), e.getCause()), e);
    }

    /**
     * Whether Maven may print {@code cause}'s chain as it is: each message one printable line, and
     * none the driver's. A message of several lines (the driver's "ERROR: …\n  Detail: …", quoting a
     * row's data) would be printed after the failure's own text raw, its lines not made printable
     * one by one; and what PostgreSQL said is in the failure's text already, in dibs's words
     * ("PostgreSQL said: …"), so the driver's "ERROR: …" would only say it again.
     */
    private static boolean printable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (t instanceof java.sql.SQLException || message != null && !message.equals(Printable.escape(message))) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(String message) {
        return message == null || message.equals(Printable.lines(message));
    }

    /** {@code e} with the stack trace of where the failure was thrown, when that is not chained as its cause. */
    private static <T extends Exception> T traced(T e, Throwable origin) {
        if (origin != null && e.getCause() != origin) {
            e.setStackTrace(origin.getStackTrace());
        }
        return e;
    }
}
