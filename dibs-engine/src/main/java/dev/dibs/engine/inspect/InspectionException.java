package dev.dibs.engine.inspect;

import java.sql.SQLException;

/** Reading the catalog failed; the message says which step, on which schemas, and what Postgres said. */
public final class InspectionException extends RuntimeException {

    public InspectionException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
