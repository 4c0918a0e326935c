package dev.dibs.engine.render;

import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * The domains of both sides of a plan, by name: what a column's type stands for when it is one.
 * A column retyped between two domains over one base type (or between a domain and its base type)
 * changes its catalog only, unless the new domain has constraints: PostgreSQL then writes and checks
 * every row.
 *
 * @param current the domains as the database has them (a column's type before a retype)
 * @param desired the domains as the plan leaves them (after)
 */
public record DomainTypes(Map<QualifiedName, Domain> current, Map<QualifiedName, Domain> desired) {

    static final DomainTypes NONE = new DomainTypes(Map.of(), Map.of());

    public DomainTypes {
        current = Map.copyOf(current);
        desired = Map.copyOf(desired);
    }

    static DomainTypes of(Schema current, Schema desired) {
        if (current.domains().isEmpty() && desired.domains().isEmpty()) {
            return NONE;
        }
        Map<QualifiedName, Domain> from = new HashMap<>();
        current.domains().forEach(d -> from.put(d.name(), d));
        Map<QualifiedName, Domain> to = new HashMap<>();
        desired.domains().forEach(d -> to.put(d.name(), d));
        return new DomainTypes(from, to);
    }

    /** Whether {@code type} is a domain of the desired side whose values PostgreSQL checks or computes (NOT NULL, a check, a default). */
    boolean checked(PgType type) {
        Domain d = domain(type, desired);
        return d != null && (d.notNull() || !d.checks().isEmpty() || d.defaultExpression() != null);
    }

    /** Whether {@code type} is a domain of the desired side with a check or NOT NULL (PostgreSQL's "domain has constraints"). */
    boolean constrained(PgType type) {
        Domain d = domain(type, desired);
        return d != null && (d.notNull() || !d.checks().isEmpty());
    }

    /** The type {@code type} stands for: the base type of a domain (of a domain over a domain, …), else itself. */
    PgType base(PgType type, boolean desiredSide) {
        Map<QualifiedName, Domain> side = desiredSide ? desired : current;
        PgType t = type;
        for (int depth = 0; depth < 32; depth++) { // PostgreSQL allows no cycle; the bound is a guard
            Domain d = domain(t, side);
            if (d == null) {
                return t;
            }
            t = PgType.parse(d.baseType());
        }
        return t;
    }

    private static Domain domain(PgType type, Map<QualifiedName, Domain> side) {
        return type.isBuiltin() || type.array() || side.isEmpty() ? null : side.get(new QualifiedName(type.schema(), type.name()));
    }
}
