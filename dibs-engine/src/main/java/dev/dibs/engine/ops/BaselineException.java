package dev.dibs.engine.ops;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.report.DriftReport;

/**
 * {@code dibs:baseline} refused; nothing was written or recorded. When the refusal is that the
 * database differs from the Java schema, {@link #report()} is the comparison (else null), for the
 * reports {@code dibs:diff} writes.
 */
public final class BaselineException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final transient DriftReport report;

    BaselineException(String message) {
        this(message, null);
    }

    BaselineException(String message, DriftReport report) {
        super(message);
        this.report = report;
    }

    public DriftReport report() {
        return report;
    }
}
