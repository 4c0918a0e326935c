package dev.dibs.engine.diff;

import dev.dibs.engine.model.Policy;

/** What a column rename does to a policy reading the column: for the differ and the simulation alike. */
public final class PolicyColumns {

    private PolicyColumns() {
    }

    /** {@code p} after column {@code from} of its table became {@code to}: its expressions as PostgreSQL prints them then. */
    public static Policy renamed(Policy p, String from, String to) {
        if (!p.columns().contains(from)) {
            return p;
        }
        return new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(), ExpressionRenamer.rename(p.using(), from, to),
                ExpressionRenamer.rename(p.withCheck(), from, to), p.comment(),
                p.columns().stream().map(c -> c.equals(from) ? to : c).toList());
    }
}
