package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The domains of both sides of a plan, by name: what a column's type stands for when it is one.
 * A column retyped between two domains over one base type (or between a domain and its base type)
 * changes its catalog only, unless the new domain has constraints: PostgreSQL then writes and checks
 * every row.
 *
 * What PostgreSQL does to a column's rows depends on the domain as it is when the statement runs,
 * not as the plan leaves it: a check the plan adds after the column (or drops before it) is not yet
 * (or no longer) there to check its rows, and a default set before it fills them. So the plan's
 * changes are rendered in their order, each after {@link #after} applied the ones before to
 * {@code now}.
 *
 * @param current the domains as the database has them (a column's type before a retype)
 * @param desired the domains as the plan leaves them (after)
 * @param now     the domains as the plan has them at the change being rendered
 */
public record DomainTypes(Map<QualifiedName, Domain> current, Map<QualifiedName, Domain> desired, Map<QualifiedName, Domain> now) {

    static final DomainTypes NONE = new DomainTypes(Map.of(), Map.of(), Map.of());

    public DomainTypes {
        current = Map.copyOf(current);
        desired = Map.copyOf(desired);
        now = Map.copyOf(now);
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
        return new DomainTypes(from, to, from);
    }

    /**
     * The domains once {@code change} ran: {@link #now} with a domain created, dropped, made again, or
     * its default, NOT NULL or checks changed (a rename hint is already applied to {@code current}).
     */
    public DomainTypes after(SchemaChange change) {
        Map<QualifiedName, Domain> next = new HashMap<>(now);
        if (change instanceof SchemaChange.CreateDomain c) {
            next.put(c.domain().name(), c.domain());
        } else if (change instanceof SchemaChange.DropDomain d) {
            next.remove(d.domain().name());
        } else if (change instanceof SchemaChange.RecreateDomain r) {
            next.remove(r.from().name());
            next.put(r.to().name(), r.to());
        } else if (change instanceof SchemaChange.SetDomainDefault s) {
            next.computeIfPresent(s.domain(), (k, d) -> new Domain(d.name(), d.baseType(), d.collation(), s.defaultExpression(),
                    d.notNull(), d.checks(), d.comment()));
        } else if (change instanceof SchemaChange.SetDomainNotNull s) {
            next.computeIfPresent(s.domain(), (k, d) -> new Domain(d.name(), d.baseType(), d.collation(), d.defaultExpression(),
                    s.notNull(), d.checks(), d.comment()));
        } else if (change instanceof SchemaChange.AddDomainCheck a) {
            next.computeIfPresent(a.domain(), (k, d) -> withChecks(d, Stream.concat(
                    d.checks().stream().filter(x -> !x.name().equals(a.check().name())), Stream.of(a.check())).toList()));
        } else if (change instanceof SchemaChange.DropDomainCheck x) {
            next.computeIfPresent(x.domain(), (k, d) -> withChecks(d,
                    d.checks().stream().filter(c -> !c.name().equals(x.check().name())).toList()));
        } else {
            return this;
        }
        return new DomainTypes(current, desired, next);
    }

    private static Domain withChecks(Domain d, List<DomainCheck> checks) {
        return new Domain(d.name(), d.baseType(), d.collation(), d.defaultExpression(), d.notNull(), checks, d.comment());
    }

    /**
     * The default a domain gives its values when the change being rendered runs (its own, or that of
     * the first domain it is over that has one), or null.
     */
    String defaultOf(PgType type) {
        return chain(type, at(type)).stream().map(Domain::defaultExpression).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Whether {@code type} is, when the change being rendered runs, a domain with a check (validated
     * or not) or NOT NULL, its own or a domain's it is over (PostgreSQL's "domain has constraints":
     * it checks every row).
     */
    boolean constrained(PgType type) {
        return chain(type, at(type)).stream().anyMatch(d -> d.notNull() || !d.checks().isEmpty());
    }

    /** {@link #now}, or the desired side for a domain not there yet (a change that would fail: its hazards are the desired ones). */
    private Map<QualifiedName, Domain> at(PgType type) {
        return domain(type, now) != null ? now : desired;
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
