package dev.dibs.engine.inspect;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;

import java.sql.SQLException;

/** Reading the catalog failed; the message says which step, on which schemas, and what Postgres said. */
public final class InspectionException extends DibsException {
    private static final long serialVersionUID = 1L;

    public InspectionException(String message, SQLException cause) {
        super(message + ": " + Printable.message(cause), cause); // the driver's text on one line
    }
}
