package dev.dibs.engine.postgres;

import dev.dibs.engine.naming.Printable;
import java.sql.SQLException;

/**
 * Turns driver and server errors into the "what PostgreSQL said, how to fix it" part of a
 * {@link DatabaseUnavailableException} message.
 */
public final class ServerErrors {
    private ServerErrors() {
    }

    /** Failure to open a connection to {@code target}. */
    static DatabaseUnavailableException connectFailed(ConnectionInfo target, SQLException e) {
        return new DatabaseUnavailableException("Could not connect to PostgreSQL at " + where(target)
                + ": " + said(e, target) + hint(e, target), e, noPasswordGiven(e, target));
    }

    /** Failure of {@code action} (e.g. "create database t_12_1") on {@code server}. */
    static DatabaseUnavailableException actionFailed(String action, String server, ConnectionInfo admin,
                                                     SQLException e) {
        return new DatabaseUnavailableException("Could not " + action + " on " + server + ": "
                + said(e, admin) + hint(e, admin), e);
    }

    /** The masked URL and user, which is what a user needs to see to spot a typo. */
    static String where(ConnectionInfo target) {
        return JdbcUrls.printable(target.url()) + (target.user() == null ? "" : " as user " + JdbcUrls.printableUser(target.user()));
    }

    /** The driver's message on one line with its SQLSTATE; the password removed should the driver ever quote it. */
    public static String said(SQLException e, ConnectionInfo target) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        // pgjdbc sometimes says only "The connection attempt failed"; the reason (an unknown host,
        // a TLS problem) is in the cause.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        message = scrub(message, target.password());
        for (String secret : target.secrets().values()) {
            message = scrub(message, secret);
        }
        if (target.user() != null && !JdbcUrls.printableUser(target.user()).equals(target.user())) {
            message = scrub(message, target.user());
        }
        // one line: the driver puts Detail, Hint and Where on lines of their own, and a detail may quote a row
        return Printable.escape(message.replace("\n  ", " "))
                + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
    }

    /** Replaces every occurrence of {@code secret} in {@code text}, then masks any URL password. */
    static String scrub(String text, String secret) {
        String result = text;
        if (secret != null && !secret.isEmpty()) {
            result = result.replace(secret, "***");
        }
        return JdbcUrls.mask(result);
    }

    private static String hint(SQLException e, ConnectionInfo target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = target.user() == null ? "the user" : "user " + JdbcUrls.printableUser(target.user());
        if (state.equals("28P01") || state.equals("28000")) {
            return ". Check the user name and password (the user and password parameters of the URL,"
                    + " or the configured credentials), and that " + user + " may sign in from this machine.";
        }
        if (noPasswordGiven(e, target)) {
            return ". PostgreSQL asks for a password for " + user + " and none was given: give one (the password parameter,"
                    + " password= in the URL, or the <password> of a settings.xml server).";
        }
        if (state.equals("3D000")) {
            return ". Name a database that exists in the URL, for example /postgres.";
        }
        if (state.equals("42501")) {
            return ". " + capitalize(user) + " needs the CREATEDB privilege (ALTER ROLE ... CREATEDB),"
                    + " or use a superuser.";
        }
        if (state.equals("53300")) {
            return ". The server has no free connection slots; close other clients or raise max_connections.";
        }
        if (state.startsWith("08")) {
            return ". Check that the server is running and that host and port are right and reachable"
                    + " from this machine.";
        }
        return ".";
    }

    /**
     * Whether the driver gave up because the server asked for a password and there was none: pgjdbc
     * says so with SQLSTATE 08004 before sending anything, a state that otherwise reads like an
     * unreachable server.
     */
    static boolean noPasswordGiven(SQLException e, ConnectionInfo target) {
        return target.password() == null && "08004".equals(e.getSQLState());
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
