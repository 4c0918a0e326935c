package dev.dibs.engine.postgres;

import dev.dibs.engine.DibsException;

/**
 * No usable PostgreSQL: a server could not be started or reached, or a database on it could not
 * be created or dropped. The message is meant for the user as it is: what was tried (URLs masked),
 * what PostgreSQL or the driver said, and how to fix it. It never contains a password.
 */
public final class DatabaseUnavailableException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final boolean passwordMissing;

    public DatabaseUnavailableException(String message) {
        super(message);
        this.passwordMissing = false;
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    DatabaseUnavailableException(String message, Throwable cause, boolean passwordMissing) {
        super(message, cause);
        this.passwordMissing = passwordMissing;
    }

    /**
     * Whether PostgreSQL asked for a password and none was given, so that a caller knowing where
     * the credentials came from (a settings.xml server, say) can say which password is missing.
     */
    public boolean passwordMissing() {
        return passwordMissing;
    }
}
