package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange.AlterOperator;
import dev.dibs.engine.diff.SchemaChange.CreateOperator;
import dev.dibs.engine.diff.SchemaChange.DropOperator;
import dev.dibs.engine.diff.SchemaChange.SetOperatorComment;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators on the virtual schema, refusing what PostgreSQL refuses: an operator needs its schema,
 * its operand types (an enum or domain the plan manages) and its function (a routine of the plan,
 * as the desired state has it) first; and a function or type is not dropped while an operator
 * uses it. Its commutator and negator need nothing: PostgreSQL makes a shell of one that does not
 * exist yet, which the operator's own creation fills in.
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
        vs.operators.put(o.signature(), o);
    }

    static void alterOperator(VirtualSchema vs, AlterOperator c) {
        Operator o = existing(vs, c.from());
        vs.operators.put(o.signature(), o.altered(c.to()));
    }

    static void dropOperator(VirtualSchema vs, DropOperator c) {
        existing(vs, c.operator());
        vs.operators.remove(c.operator().signature());
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
