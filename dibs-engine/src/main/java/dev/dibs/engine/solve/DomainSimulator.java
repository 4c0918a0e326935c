package dev.dibs.engine.solve;

import dev.dibs.engine.diff.DomainArrays;
import dev.dibs.engine.diff.DomainRenames;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.diff.SchemaChange.RenameDomain;
import dev.dibs.engine.diff.SchemaChange.SetDomainComment;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulation of domain changes. A domain is a type: its name is free of enums and tables, its base
 * type must exist first (an enum or domain the plan manages), so must the functions and operators
 * its checks and default use, and it cannot be dropped while a column or another domain uses it.
 */
final class DomainSimulator {

    private DomainSimulator() {
    }

    static void createDomain(VirtualSchema vs, CreateDomain c) {
        create(vs, c.domain());
    }

    static void dropDomain(VirtualSchema vs, DropDomain c) {
        drop(vs, c.domain().name());
    }

    static void recreateDomain(VirtualSchema vs, RecreateDomain c) {
        drop(vs, c.from().name());
        create(vs, c.to());
    }

    static void setDomainDefault(VirtualSchema vs, SetDomainDefault c) {
        Domain d = domain(vs, c.domain());
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.defaultExpression(), n));
        OperatorSimulator.requireUsedOperators(vs, c.defaultExpression());
        vs.requireEnumLabels(c.defaultExpression());
        vs.putDomain(new Domain(d.name(), d.baseType(), d.collation(), c.defaultExpression(), d.notNull(), d.checks(), d.comment()));
    }

    static void setDomainNotNull(VirtualSchema vs, SetDomainNotNull c) {
        Domain d = domain(vs, c.domain());
        if (c.notNull()) {
            requireNoArrayUsers(vs, d.name());
        }
        vs.putDomain(new Domain(d.name(), d.baseType(), d.collation(), d.defaultExpression(), c.notNull(), d.checks(), d.comment()));
    }

    static void addDomainCheck(VirtualSchema vs, AddDomainCheck c) {
        Domain d = domain(vs, c.domain());
        if (check(d, c.check().name()) != null) {
            throw new SimulationException.AlreadyExists("constraint " + c.check().name() + " of domain " + d.name());
        }
        if (c.check().validated()) {
            requireNoArrayUsers(vs, d.name());
        }
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.check().definition(), n));
        RoutineSimulator.requireResultsAsDesired(vs, n -> RoutineUses.calls(c.check().definition(), n));
        OperatorSimulator.requireUsedOperators(vs, c.check().definition());
        vs.requireEnumLabels(c.check().definition());
        List<DomainCheck> checks = new ArrayList<>(d.checks());
        checks.add(c.check());
        vs.putDomain(withChecks(d, checks));
    }

    static void dropDomainCheck(VirtualSchema vs, DropDomainCheck c) {
        Domain d = domain(vs, c.domain());
        DomainCheck k = requireCheck(d, c.check().name());
        List<DomainCheck> checks = new ArrayList<>(d.checks());
        checks.remove(k);
        vs.putDomain(withChecks(d, checks));
    }

    static void validateDomainCheck(VirtualSchema vs, ValidateDomainCheck c) {
        Domain d = domain(vs, c.domain());
        DomainCheck k = requireCheck(d, c.name());
        requireNoArrayUsers(vs, d.name());
        List<DomainCheck> checks = new ArrayList<>(d.checks());
        checks.set(checks.indexOf(k), new DomainCheck(k.name(), k.definition(), true));
        vs.putDomain(withChecks(d, checks));
    }

    static void setDomainComment(VirtualSchema vs, SetDomainComment c) {
        Domain d = domain(vs, c.domain());
        vs.putDomain(new Domain(d.name(), d.baseType(), d.collation(), d.defaultExpression(), d.notNull(), d.checks(), c.comment()));
    }

    /**
     * Renamed in place: the columns of that type keep it, and every stored expression, view,
     * trigger condition, policy and routine signature naming it names the new one ({@link DomainRenames}).
     */
    static void renameDomain(VirtualSchema vs, RenameDomain c) {
        Domain d = domain(vs, c.from());
        QualifiedName to = c.target();
        vs.requireFreeTypeName(to);
        vs.removeDomain(c.from());
        vs.putDomain(DomainRenames.renamedIn(d, c.from(), to));
        java.util.function.UnaryOperator<String> texts = text -> DomainRenames.renamed(text, c.from(), to);
        vs.rewrite(t -> DomainRenames.renamedIn(t, c.from(), to), other -> DomainRenames.renamedIn(other, c.from(), to),
                r -> SchemaTexts.in(r, texts, DomainRenames.dependencies(c.from(), to)), texts, texts);
    }

    private static void create(VirtualSchema vs, Domain d) {
        vs.requireNamespace(d.name().schema());
        vs.requireFreeTypeName(d.name());
        vs.requireType(PgType.parse(d.baseType()));
        vs.requireCollation(d.collation());
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(d.defaultExpression(), n)
                || d.checks().stream().anyMatch(k -> RoutineUses.calls(k.definition(), n)));
        OperatorSimulator.requireUsedOperators(vs, d.defaultExpression());
        d.checks().forEach(k -> OperatorSimulator.requireUsedOperators(vs, k.definition()));
        vs.requireEnumLabels(d.defaultExpression());
        d.checks().forEach(k -> vs.requireEnumLabels(k.definition()));
        vs.putDomain(d);
    }

    private static void drop(VirtualSchema vs, QualifiedName name) {
        domain(vs, name);
        if (!vs.columnsOfType(name).isEmpty()) {
            throw new SimulationException.DependencyViolation(vs.columnsOfType(name) + " still use the domain " + name);
        }
        vs.removeDomain(name);
    }

    /**
     * What checks a domain's stored values waits while a column holds them in arrays (PostgreSQL
     * refuses it then): before such a column is added, or after it is dropped ({@link DomainArrays}).
     */
    private static void requireNoArrayUsers(VirtualSchema vs, QualifiedName domain) {
        List<String> users = DomainArrays.users(vs.tables(), vs.materializedViews.values(), vs.domains.values(), domain);
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(String.join(", ", users) + " hold values of the domain " + domain
                    + " in arrays: PostgreSQL checks no stored array element against its constraints");
        }
    }

    private static Domain withChecks(Domain d, List<DomainCheck> checks) {
        return new Domain(d.name(), d.baseType(), d.collation(), d.defaultExpression(), d.notNull(), checks, d.comment());
    }

    private static DomainCheck check(Domain d, String name) {
        return d.checks().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    private static DomainCheck requireCheck(Domain d, String name) {
        DomainCheck k = check(d, name);
        if (k == null) {
            throw new SimulationException.NotExists("constraint " + name + " of domain " + d.name());
        }
        return k;
    }

    private static Domain domain(VirtualSchema vs, QualifiedName name) {
        Domain d = vs.domains.get(name);
        if (d == null) {
            throw new SimulationException.NotExists("domain " + name);
        }
        return d;
    }
}
