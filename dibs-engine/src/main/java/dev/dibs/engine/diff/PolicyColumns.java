package dev.dibs.engine.diff;

import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;

/** What a table or column rename does to a policy on it or reading it: for the differ and the simulation alike. */
public final class PolicyColumns {

    private PolicyColumns() {
    }

    /** {@code p} after table {@code from} became {@code to}: on it, or reading it. */
    public static Policy tableRenamed(Policy p, QualifiedName from, QualifiedName to) {
        Policy moved = p.table().equals(from) ? p.withTable(to) : p;
        return moved.reading(moved.relations().stream().map(r -> r.equals(from) ? to : r).toList(),
                moved.uses().stream().map(u -> u.relation().equals(from) ? new RelationColumn(to, u.column()) : u).toList());
    }

    /** {@code p} after column {@code from} of {@code table} became {@code to}. */
    public static Policy columnRenamed(Policy p, QualifiedName table, String from, String to) {
        Policy read = p.reading(p.relations(), p.uses().stream()
                .map(u -> u.relation().equals(table) && u.column().equals(from) ? new RelationColumn(table, to) : u).toList());
        return read.table().equals(table) ? renamed(read, from, to) : read;
    }

    /** {@code p} after column {@code from} of its table became {@code to}: its expressions as PostgreSQL prints them then. */
    public static Policy renamed(Policy p, String from, String to) {
        if (!p.columns().contains(from)) {
            return p;
        }
        return new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(), ExpressionRenamer.rename(p.using(), from, to),
                ExpressionRenamer.rename(p.withCheck(), from, to), p.comment(),
                p.columns().stream().map(c -> c.equals(from) ? to : c).toList(), p.relations(), p.uses());
    }
}
