package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterOperator;
import dev.dibs.engine.diff.SchemaChange.CreateOperator;
import dev.dibs.engine.diff.SchemaChange.CreateRoutine;
import dev.dibs.engine.diff.SchemaChange.DropOperator;
import dev.dibs.engine.diff.SchemaChange.DropRoutine;
import dev.dibs.engine.diff.SchemaChange.SetOperatorComment;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Operators, matched by schema, symbol and operand types. Another function is a drop and a create
 * ({@code ALTER OPERATOR} cannot change it); the estimators ({@code RESTRICT}, {@code JOIN}) change
 * in place on every version; a commutator or negator the operator had none of, and {@code HASHES} or
 * {@code MERGES} it lacked, change in place from PostgreSQL 17 on, and by a drop and a create
 * before it or for any other change of them (PostgreSQL 17 still refuses to change or remove one
 * once set). An operator whose function the plan drops and creates again (another result type,
 * renamed arguments) is dropped before it and created again after: PostgreSQL refuses to drop a
 * function an operator calls.
 */
final class OperatorDiffer {

    /** The first major whose {@code ALTER OPERATOR … SET} takes {@code COMMUTATOR}, {@code NEGATOR}, {@code HASHES} and {@code MERGES}. */
    static final int LINKS_IN_PLACE_FROM = 17;

    private OperatorDiffer() {
    }

    /**
     * @param changes     the changes so far, the routines' among them (a routine dropped and created
     *                    again takes the operators calling it around it)
     * @param targetMajor the target's major version, 0 when unknown: then only what every supported
     *                    version can alter is altered
     */
    static void diff(Schema current, Schema desired, int targetMajor, List<SchemaChange> changes) {
        var matched = Matching.byKey(current.operators(), desired.operators(), Operator::signature);
        Set<String> recreated = recreatedFunctions(changes);
        matched.onlyCurrent().forEach(o -> changes.add(new DropOperator(o)));
        matched.onlyDesired().forEach(o -> changes.add(new CreateOperator(o)));
        for (var pair : matched.pairs()) {
            Operator from = pair.current();
            Operator to = pair.desired();
            String calls = overload(from);
            if (recreated.contains(calls) && from.function().equals(to.function())) {
                String reason = "it calls " + calls + ", which is dropped and created again";
                changes.add(new DropOperator(from, reason));
                changes.add(new CreateOperator(to, reason));
                continue;
            }
            if (from.equals(to)) {
                continue;
            }
            if (!from.function().equals(to.function()) || !alterable(from, to, targetMajor)) {
                String reason = !from.function().equals(to.function()) ? "ALTER OPERATOR cannot change the function it calls"
                        : "ALTER OPERATOR " + (targetMajor >= LINKS_IN_PLACE_FROM ? "" : "before PostgreSQL 17 ")
                        + "cannot change its commutator, negator, HASHES or MERGES this way";
                changes.add(new DropOperator(from, reason));
                changes.add(new CreateOperator(to, reason));
                continue;
            }
            if (!from.withComment(null).equals(to.withComment(null))) {
                changes.add(new AlterOperator(from, to));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetOperatorComment(to, to.comment()));
            }
        }
    }

    /** {@code schema.function(argument types)}: the routine overload ({@code Routine.overload()}) the operator calls. */
    static String overload(Operator o) {
        return o.function() + "(" + o.functionArguments() + ")";
    }

    /**
     * Whether {@code ALTER OPERATOR … SET} on {@code targetMajor} turns {@code from} into {@code to}
     * (same function): estimators always; a link only set where there was none, a join flag only
     * turned on, and those from {@value #LINKS_IN_PLACE_FROM} on.
     */
    static boolean alterable(Operator from, Operator to, int targetMajor) {
        boolean links = targetMajor >= LINKS_IN_PLACE_FROM;
        return settable(from.commutator(), to.commutator(), links) && settable(from.negator(), to.negator(), links)
                && (from.hashes() == to.hashes() || links && !from.hashes())
                && (from.merges() == to.merges() || links && !from.merges());
    }

    private static boolean settable(Object from, Object to, boolean links) {
        return Objects.equals(from, to) || links && from == null;
    }

    /** The overloads of the routines {@code changes} drop and create again ({@code Routine.overload()}). */
    private static Set<String> recreatedFunctions(List<SchemaChange> changes) {
        Set<String> created = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof CreateRoutine r) {
                created.add(r.routine().overload());
            }
        }
        Set<String> out = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof DropRoutine d && created.contains(d.routine().overload())) {
                out.add(d.routine().overload());
            }
        }
        return out;
    }
}
