package dev.dibs.engine.migrate;

import dev.dibs.engine.DibsException;

/**
 * Migrations cannot run as asked: invalid migration classes, a changed applied migration, another
 * runner holding the lock too long. Nothing was applied by the run that throws it.
 */
public class MigrationException extends DibsException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
