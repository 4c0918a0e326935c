package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Columns moving between enum types the plan re-creates, in a ring: {@code a} leaves {@code mood} for
 * {@code status} while {@code b} leaves {@code status} for {@code mood} (or around a longer ring),
 * both types re-created. A re-creation drops the old type, so it waits for the columns leaving it;
 * each of those waits for the other type's re-creation: no order exists. Such a column leaves
 * through {@code text} ({@code text[]} from an array, as a direct conversion would go; the same when
 * it takes a new domain over the other type, created after it): it leaves its type before the re-creation
 * (without its default, which holds the old type), and takes the new type, and its default, after
 * the other's. The table is rewritten twice, which each step's hazards say.
 */
final class EnumRings {

    private EnumRings() {
    }

    /** @param desired where the plan goes: a column may take a new domain over a re-created type, which waits for it alike */
    static void throughText(List<SchemaChange> changes, Schema desired) {
        Set<QualifiedName> recreated = new HashSet<>();
        changes.stream().filter(RecreateEnum.class::isInstance).forEach(c -> recreated.add(((RecreateEnum) c).from().name()));
        if (recreated.size() < 2) {
            return;
        }
        Map<QualifiedName, Set<QualifiedName>> leavesFor = new HashMap<>();
        for (SchemaChange c : changes) {
            QualifiedName[] move = move(c, recreated, desired);
            if (move != null) {
                leavesFor.computeIfAbsent(move[0], k -> new HashSet<>()).add(move[1]);
            }
        }
        List<SchemaChange> out = new ArrayList<>(changes.size());
        for (SchemaChange c : changes) {
            QualifiedName[] move = move(c, recreated, desired);
            if (move == null || !reaches(leavesFor, move[1], move[0])) {
                out.add(c);
                continue;
            }
            AlterColumn a = (AlterColumn) c;
            PgType text = a.from().type().array() ? PgType.builtin("text").arrayOf() : PgType.builtin("text");
            Column left = a.from().withType(text).withDefault(null);
            EnumSet<ColumnAspect> leaving = EnumSet.of(ColumnAspect.TYPE);
            if (a.from().defaultExpression() != null) {
                leaving.add(ColumnAspect.DEFAULT);
            }
            EnumSet<ColumnAspect> taking = EnumSet.copyOf(a.aspects());
            if (a.to().defaultExpression() == null) {
                taking.remove(ColumnAspect.DEFAULT);
            } else {
                taking.add(ColumnAspect.DEFAULT);
            }
            out.add(new AlterColumn(a.table(), a.from(), left, leaving));
            out.add(new AlterColumn(a.table(), left, a.to(), taking));
        }
        changes.clear();
        changes.addAll(out);
    }

    /**
     * The re-created type a column's change leaves and the other re-created type it takes (itself, or
     * under a domain over it), or null.
     */
    private static QualifiedName[] move(SchemaChange c, Set<QualifiedName> recreated, Schema desired) {
        if (!(c instanceof AlterColumn a) || !a.aspects().contains(ColumnAspect.TYPE)) {
            return null;
        }
        PgType from = a.from().type();
        if (from.isBuiltin()) {
            return null;
        }
        QualifiedName left = new QualifiedName(from.schema(), from.name());
        QualifiedName taken = enumUnder(a.to().type(), desired);
        return taken != null && !left.equals(taken) && recreated.contains(left) && recreated.contains(taken)
                ? new QualifiedName[] {left, taken} : null;
    }

    /** The type itself, or the type a (chain of) domain(s) of the desired state is over; null for a built-in. */
    private static QualifiedName enumUnder(PgType type, Schema desired) {
        PgType under = EnumDiffer.underDomains(type, desired);
        return under == null || under.isBuiltin() ? null : new QualifiedName(under.schema(), under.name());
    }

    private static boolean reaches(Map<QualifiedName, Set<QualifiedName>> edges, QualifiedName from, QualifiedName target) {
        Set<QualifiedName> seen = new HashSet<>();
        List<QualifiedName> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            QualifiedName n = todo.remove(todo.size() - 1);
            if (n.equals(target)) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(edges.getOrDefault(n, Set.of()));
            }
        }
        return false;
    }
}
