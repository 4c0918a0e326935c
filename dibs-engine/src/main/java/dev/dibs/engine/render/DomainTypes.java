package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * @param ordered the plan's changes: a domain renamed by a hint is known on the current side under
     *                its new name, as the columns' changes name it
     */
    static DomainTypes of(Schema current, Schema desired, List<SchemaChange> ordered) {
        if (current.domains().isEmpty() && desired.domains().isEmpty()) {
            return NONE;
        }
        Map<QualifiedName, Domain> from = new HashMap<>();
        current.domains().forEach(d -> from.put(d.name(), d));
        for (SchemaChange c : ordered) {
            if (c instanceof SchemaChange.RenameDomain r && from.containsKey(r.from())) {
                from.put(new QualifiedName(r.from().schema(), r.to()), from.remove(r.from()));
            }
        }
        Map<QualifiedName, Domain> to = new HashMap<>();
        desired.domains().forEach(d -> to.put(d.name(), d));
        return new DomainTypes(from, to);
    }

    /** The default a domain of the desired side gives its values (its own, or that of the first domain it is over that has one), or null. */
    String defaultOf(PgType type) {
        return chain(type, desired).stream().map(Domain::defaultExpression).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Whether {@code type} is a domain of the desired side with a check or NOT NULL, its own or a
     * domain's it is over (PostgreSQL's "domain has constraints": it checks every row).
     */
    boolean constrained(PgType type) {
        return chain(type, desired).stream().anyMatch(d -> d.notNull() || !d.checks().isEmpty());
    }

    /** Whether {@code type} is a domain on that side. */
    boolean isDomain(PgType type, boolean desiredSide) {
        return domain(type, desiredSide ? desired : current) != null;
    }

    /** The type {@code type} stands for: the base type of a domain (of a domain over a domain, …), else itself. */
    PgType base(PgType type, boolean desiredSide) {
        List<Domain> chain = chain(type, desiredSide ? desired : current);
        return chain.isEmpty() ? type : PgType.parse(chain.get(chain.size() - 1).baseType());
    }

    /** The collation a domain gives its values (the first of its chain to name one), or null for a type's own. */
    String collation(PgType type, boolean desiredSide) {
        return chain(type, desiredSide ? desired : current).stream().map(Domain::collation).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** {@code type} as a domain of {@code side}, then the domain it is over, and so on; empty for any other type. */
    private static List<Domain> chain(PgType type, Map<QualifiedName, Domain> side) {
        List<Domain> out = new ArrayList<>();
        Domain d = domain(type, side);
        while (d != null && out.size() < 32) { // PostgreSQL allows no cycle; the bound is a guard
            out.add(d);
            d = domain(PgType.parse(d.baseType()), side);
        }
        return out;
    }

    private static Domain domain(PgType type, Map<QualifiedName, Domain> side) {
        return type.isBuiltin() || type.array() || side.isEmpty() ? null : side.get(new QualifiedName(type.schema(), type.name()));
    }
}
