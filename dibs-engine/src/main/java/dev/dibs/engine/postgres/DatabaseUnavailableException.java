package dev.dibs.engine.postgres;

import dev.dibs.engine.DibsException;

/**
 * No usable PostgreSQL: a server could not be started or reached, or a database on it could not
 * be created or dropped. The message is meant for the user as it is: what was tried (URLs masked),
 * what PostgreSQL or the driver said, and how to fix it. It never contains a password.
 */
public final class DatabaseUnavailableException extends DibsException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
