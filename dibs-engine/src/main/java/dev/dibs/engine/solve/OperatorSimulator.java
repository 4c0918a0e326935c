package dev.dibs.engine.solve;

import dev.dibs.engine.diff.OperatorUses;
import dev.dibs.engine.diff.SchemaChange.AlterOperator;
import dev.dibs.engine.diff.SchemaChange.CreateOperator;
import dev.dibs.engine.diff.SchemaChange.DropOperator;
import dev.dibs.engine.diff.SchemaChange.SetOperatorComment;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Operators on the virtual schema, refusing what PostgreSQL refuses: an operator needs its schema,
 * its operand types (an enum or domain the plan manages) and its function (a routine of the plan,
 * as the desired state has it) first; and a function or type is not dropped while an operator
 * uses it. Links are kept as PostgreSQL keeps them, on both sides: an operator created with a
 * commutator or negator that exists gives it the link back (one that does not exist yet becomes a
 * shell, which its own creation fills in), which PostgreSQL 17 refuses while that operator is linked
 * to another (the creation then waits for that one's drop); a dropped operator's partners lose their
 * link to it.
 */
final class OperatorSimulator {

    private OperatorSimulator() {
    }

    static void createOperator(VirtualSchema vs, CreateOperator c) {
        Operator o = c.operator();
        vs.requireNamespace(o.name().schema());
        if (vs.operators.containsKey(o.signature())) {
            throw new SimulationException.AlreadyExists(c.subject());
        }
        if (o.leftType() != null) {
            vs.requireType(PgType.parse(o.leftType()));
        }
        vs.requireType(PgType.parse(o.rightType()));
        if (vs.managedRoutineNames.contains(o.function()) && vs.routines.overload(o.function(), o.functionArguments()) == null) {
            throw new SimulationException.NotExists("function " + o.function() + "(" + o.functionArguments() + ")");
        }
        // bound to an old version the plan drops, it would keep PostgreSQL from dropping that version
        RoutineSimulator.requireNoOldVersionCalled(vs, n -> n.equals(o.function()));
        Operator commutator = partner(vs, o.commutator(), o.rightType(), o.leftType(), o);
        Operator negator = partner(vs, o.negator(), o.leftType(), o.rightType(), o);
        requireFree(commutator, Operator::commutator, o, "commutator");
        requireFree(negator, Operator::negator, o, "negator");
        vs.operators.put(o.signature(), o);
        if (commutator != null) {
            vs.operators.put(commutator.signature(), commutator.withLinks(o.name(), commutator.negator()));
        }
        if (negator != null) {
            Operator now = vs.operators.get(negator.signature());
            vs.operators.put(now.signature(), now.withLinks(now.commutator(), o.name()));
        }
    }

    /** The existing operator {@code name(left, right)} other than {@code self}, or null. */
    private static Operator partner(VirtualSchema vs, QualifiedName name, String left, String right, Operator self) {
        if (name == null || right == null) { // a prefix operator's commutator would have no right operand: it has none
            return null;
        }
        Operator p = vs.operators.get(Operator.signature(name, left, right));
        return p == null || p.signature().equals(self.signature()) ? null : p;
    }

    /** PostgreSQL 17 refuses to link an operator already linked to another ("… is already the commutator of …"). */
    private static void requireFree(Operator partner, java.util.function.Function<Operator, QualifiedName> link, Operator o,
                                    String what) {
        if (partner != null && link.apply(partner) != null && !link.apply(partner).equals(o.name())) {
            throw new SimulationException.DependencyViolation("operator " + partner.signature() + " is already the " + what
                    + " of operator " + link.apply(partner));
        }
    }

    static void alterOperator(VirtualSchema vs, AlterOperator c) {
        Operator o = existing(vs, c.from());
        vs.operators.put(o.signature(), o.altered(c.to()));
    }

    static void dropOperator(VirtualSchema vs, DropOperator c) {
        Operator gone = existing(vs, c.operator());
        if (c.reason() == null) {
            requireUnused(vs, gone);
        }
        vs.operators.remove(gone.signature());
        // PostgreSQL clears the links of its partners
        for (Operator p : new ArrayList<>(vs.operators.values())) {
            boolean commutator = gone.name().equals(p.commutator()) && Objects.equals(gone.leftType(), p.rightType())
                    && gone.rightType().equals(p.leftType());
            boolean negator = gone.name().equals(p.negator()) && Objects.equals(gone.leftType(), p.leftType())
                    && gone.rightType().equals(p.rightType());
            if (commutator || negator) {
                vs.operators.put(p.signature(), p.withLinks(commutator ? null : p.commutator(), negator ? null : p.negator()));
            }
        }
    }

    /**
     * PostgreSQL refuses to drop an operator a domain's check or default or a routine's SQL-standard
     * body uses: an operator gone for good waits for them to go. A domain's text names no operand
     * types, so every operator of the name waits for a domain using it that the plan drops or changes;
     * one the desired state keeps as it is uses an operator that stays. One dropped to be created
     * again is not held here: dibs does not yet take those around it, and the plan's blockers say so
     * before anything runs.
     */
    private static void requireUnused(VirtualSchema vs, Operator o) {
        List<String> users = new ArrayList<>();
        vs.routines.using("operator " + o.signature()).forEach(r -> users.add("routine " + r.signature()));
        for (Domain d : vs.domains.values()) {
            if (!d.equals(vs.desiredDomains.get(d.name())) && (OperatorUses.uses(d.defaultExpression(), o.name())
                    || d.checks().stream().anyMatch(k -> OperatorUses.uses(k.definition(), o.name())))) {
                users.add("domain " + d.name());
            }
        }
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still use operator " + o.signature());
        }
    }

    /**
     * PostgreSQL refuses a domain's check or default using an operator that does not exist yet: one
     * using an operator of the desired state waits until an operator of that name exists.
     */
    static void requireUsedOperators(VirtualSchema vs, String expression) {
        if (expression == null || !expression.contains("OPERATOR(")) {
            return;
        }
        for (QualifiedName name : vs.desiredOperatorNames) {
            if (vs.operators.values().stream().noneMatch(p -> p.name().equals(name)) && OperatorUses.uses(expression, name)) {
                throw new SimulationException.NotExists("operator " + name);
            }
        }
    }

    static void setOperatorComment(VirtualSchema vs, SetOperatorComment c) {
        Operator o = existing(vs, c.operator());
        vs.operators.put(o.signature(), o.withComment(c.comment()));
    }

    /** PostgreSQL refuses {@code DROP FUNCTION} while an operator calls it ("operator … depends on function …"). */
    static void requireNotCalled(VirtualSchema vs, Routine r) {
        List<String> users = new ArrayList<>();
        for (Operator o : vs.operators.values()) {
            if (o.function().equals(r.name()) && o.functionArguments().equals(r.argumentTypes())) {
                users.add("operator " + o.signature());
            }
        }
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still use " + (r.procedure() ? "procedure " : "function ")
                    + r.signature());
        }
    }

    /** PostgreSQL refuses to drop a type (an enum, a domain) while an operator takes it as an operand. */
    static void requireTypeUnused(VirtualSchema vs, QualifiedName type) {
        List<String> users = new ArrayList<>();
        for (Operator o : vs.operators.values()) {
            if (o.leftType() != null && isType(o.leftType(), type) || isType(o.rightType(), type)) {
                users.add("operator " + o.signature());
            }
        }
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still use the type " + type);
        }
    }

    private static boolean isType(String printed, QualifiedName type) {
        PgType t = PgType.parse(printed);
        return !t.isBuiltin() && t.schema().equals(type.schema()) && t.name().equals(type.name());
    }

    private static Operator existing(VirtualSchema vs, Operator operator) {
        Operator o = vs.operators.get(operator.signature());
        if (o == null) {
            throw new SimulationException.NotExists("operator " + operator.signature());
        }
        return o;
    }
}
