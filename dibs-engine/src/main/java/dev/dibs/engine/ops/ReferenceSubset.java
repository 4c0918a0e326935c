package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.Fingerprints;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the reference a database comparison builds in its scratch database — what the build
 * is for and nothing more. It is for two things: PostgreSQL's re-print of the reference's
 * expressions, which the plan copies so that it settles, and the {@link FidelityGuard}'s check of
 * what the plan creates against the reference's own definitions. So it holds the tables on which
 * the first plan creates something (the table, an index, a constraint), the new tables, those with
 * a differing column that carries an expression (a default, a generated column), those with a
 * definition (the table's, an index's, a constraint's) printed differently on the two sides, and
 * the tables their foreign keys refer to, with only what a foreign key needs (and the tables the
 * SQL-standard bodies of the routines the plan writes read, likewise). Any other table is
 * copied as the reference has it: a column added, dropped, retyped or made NOT NULL, an index or
 * constraint dropped, are written from the model, with nothing re-printed and nothing created that
 * the guard could hold to the reference (building them cost most of a 1,000-table comparison).
 *
 * <p>Sequences are built without their owner (the owning table may be left out); what the scratch
 * database makes of them is not used. Types, domains, extensions and routines are all built: a
 * table's columns and checks may use them.
 */
final class ReferenceSubset {

    private ReferenceSubset() {
    }

    /** The reference's schema with only the tables the comparison needs built; the whole schema when that is all of them. */
    static Schema of(Inspection current, Inspection desired, PlanCreations firstPlan) {
        Schema reference = desired.schema();
        Set<QualifiedName> wanted = new HashSet<>(firstPlan.tables);
        firstPlan.indexes.forEach(k -> wanted.add(k.table()));
        firstPlan.constraints.forEach(k -> wanted.add(k.table()));
        wanted.addAll(printedDifferently(current.fingerprints(), desired.fingerprints()));
        for (Table r : reference.tables()) {
            Optional<Table> t = current.schema().table(r.name());
            if (t.isEmpty() || r.columns().stream().anyMatch(c -> expression(c) && !t.get().column(c.name()).map(c::equals).orElse(false))) {
                wanted.add(r.name());
            }
        }
        // what the wanted tables' foreign keys refer to, built with only what a foreign key needs;
        // so are the tables the SQL-standard bodies the plan writes read (their columns are what a body needs)
        Set<QualifiedName> referredTo = new HashSet<>();
        firstPlan.readByRoutines.stream().filter(n -> !wanted.contains(n) && reference.table(n).isPresent()).forEach(referredTo::add);
        for (QualifiedName name : wanted) {
            for (ForeignKey f : reference.table(name).map(Table::foreignKeys).orElse(List.of())) {
                if (!wanted.contains(f.referencedTable())) {
                    referredTo.add(f.referencedTable());
                }
            }
        }
        if (wanted.size() + referredTo.size() >= reference.tables().size()) {
            return reference;
        }
        List<Table> tables = reference.tables().stream()
                .filter(t -> wanted.contains(t.name()) || referredTo.contains(t.name()))
                .map(t -> wanted.contains(t.name()) ? t : referredTo(t))
                .toList();
        return reference.withTables(tables)
                .withSequences(reference.sequences().stream().map(s -> s.withOwnedBy(null)).toList());
    }

    /**
     * A table built only for foreign keys to refer to: its columns and what a foreign key can refer
     * to (its primary key, unique constraints and unique indexes without a predicate), nothing more.
     */
    private static Table referredTo(Table t) {
        return t.withForeignKeys(List.of()).withChecks(List.of()).withExclusions(List.of()).withComment(null)
                .withIndexes(t.indexes().stream().filter(i -> i.unique() && i.predicate() == null).toList());
    }

    private static boolean expression(Column c) {
        return c.defaultExpression() != null || c.generatedExpression() != null;
    }

    /**
     * Tables with a definition of the reference's (the table's, an index's, a constraint's) that the target
     * prints differently or lacks; what only the target has is dropped, nothing to build.
     */
    static Set<QualifiedName> printedDifferently(Fingerprints current, Fingerprints reference) {
        Set<QualifiedName> out = new HashSet<>();
        differing(current.tables(), reference.tables()).forEach(out::add);
        differing(current.indexes(), reference.indexes()).forEach(k -> out.add(k.table()));
        differing(current.constraints(), reference.constraints()).forEach(k -> out.add(k.table()));
        return out;
    }

    private static <K, V> Set<K> differing(Map<K, V> current, Map<K, V> reference) {
        Set<K> out = new HashSet<>();
        reference.forEach((k, v) -> {
            if (!v.equals(current.get(k))) {
                out.add(k);
            }
        });
        return out;
    }
}
