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
 * Operators, matched by schema, symbol and operand types. Another function or other links
 * (commutator, negator) are a drop and a create: {@code ALTER OPERATOR} cannot change the one, and
 * sets the others only where there were none, to an operator that exists already. The estimators
 * ({@code RESTRICT}, {@code JOIN}) change in place on every version; {@code HASHES} or
 * {@code MERGES} turned on change in place from PostgreSQL 17 on (on a target known to be one), by a
 * drop and a create otherwise. A link to an operator the plan drops for good is no change: PostgreSQL
 * clears it with the drop. An operator whose function the plan drops and creates again (another
 * result type, renamed arguments) is dropped before it and created again after: PostgreSQL refuses
 * to drop a function an operator calls.
 */
final class OperatorDiffer {

    /** The first major whose {@code ALTER OPERATOR … SET} takes {@code HASHES} and {@code MERGES} (and links, not used: see {@link #alterable}). */
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
        Set<String> gone = new HashSet<>();
        matched.onlyCurrent().forEach(o -> gone.add(o.signature()));
        matched.onlyCurrent().forEach(o -> changes.add(new DropOperator(o)));
        matched.onlyDesired().forEach(o -> changes.add(new CreateOperator(o)));
        for (var pair : matched.pairs()) {
            // an operator the plan drops for good takes its partners' links to it along (PostgreSQL clears them)
            Operator from = withoutLinksTo(pair.current(), gone);
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
                boolean links = !Objects.equals(from.commutator(), to.commutator()) || !Objects.equals(from.negator(), to.negator());
                String reason = !from.function().equals(to.function()) ? "ALTER OPERATOR cannot change the function it calls"
                        : links ? "ALTER OPERATOR cannot change its commutator or negator"
                        : targetMajor >= LINKS_IN_PLACE_FROM ? "ALTER OPERATOR cannot turn HASHES or MERGES off"
                        : "ALTER OPERATOR cannot change HASHES or MERGES before PostgreSQL 17";
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
     * (same function): estimators always; {@code HASHES} or {@code MERGES} only turned on, and only
     * from {@value #LINKS_IN_PLACE_FROM} on. Links never: PostgreSQL 17 sets a commutator or negator
     * only where there was none, and only to an operator that exists already (not a shell), which a
     * drop and a create need not wait for.
     */
    static boolean alterable(Operator from, Operator to, int targetMajor) {
        boolean flags = targetMajor >= LINKS_IN_PLACE_FROM;
        return Objects.equals(from.commutator(), to.commutator()) && Objects.equals(from.negator(), to.negator())
                && (from.hashes() == to.hashes() || flags && !from.hashes())
                && (from.merges() == to.merges() || flags && !from.merges());
    }

    /** {@code o} without its links to the operators of {@code gone} (signatures), as PostgreSQL leaves it once they are dropped. */
    private static Operator withoutLinksTo(Operator o, Set<String> gone) {
        boolean commutator = o.commutator() != null && o.leftType() != null
                && gone.contains(Operator.signature(o.commutator(), o.rightType(), o.leftType()));
        boolean negator = o.negator() != null && gone.contains(Operator.signature(o.negator(), o.leftType(), o.rightType()));
        return commutator || negator ? o.withLinks(commutator ? null : o.commutator(), negator ? null : o.negator()) : o;
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
