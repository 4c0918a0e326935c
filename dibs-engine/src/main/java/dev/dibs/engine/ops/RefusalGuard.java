package dev.dibs.engine.ops;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.DriftReport;

/**
 * Refuses to apply a plan that PostgreSQL is known to refuse ({@link DriftReport#refusals()}):
 * better to say so before anything runs than to start a transaction that fails half-way and rolls
 * back, with the reason buried in a server error.
 */
public final class RefusalGuard {

    private RefusalGuard() {
    }

    /** @throws DibsException listing each statement PostgreSQL will refuse and why */
    public static void check(DriftReport report) {
        if (report.refusals().isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("Refused to apply the plan; nothing was applied: PostgreSQL would refuse "
                + (report.refusals().size() == 1 ? "a statement" : report.refusals().size() + " statements") + " of it on "
                + report.database() + ":");
        // each refusal one line, however the names it quotes from the database are written (as in the warnings)
        report.refusals().forEach(r -> sb.append("\n  - ").append(Printable.escape(r)));
        throw new DibsException(sb.toString());
    }
}
