package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.Fingerprints;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of the reference a database comparison builds in its scratch database: the tables
 * where the two databases differ (in the model or in any definition PostgreSQL printed), those on
 * which the first plan creates something, and — without their foreign keys — the tables those
 * refer to. A table both databases hold alike is neither re-printed nor checked there: the merge
 * keeps the reference's own elements when the target has them exactly, and the guard compares it
 * with the target's own definitions, so building it would change nothing but the time (the whole
 * reference at 1,000 tables is thousands of statements and a third inspection).
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
            if (!current.schema().table(r.name()).map(r::equals).orElse(false)) {
                wanted.add(r.name());
            }
        }
        // what the wanted tables' foreign keys refer to, built without foreign keys of their own
        Set<QualifiedName> referredTo = new HashSet<>();
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
                .map(t -> wanted.contains(t.name()) ? t : t.withForeignKeys(List.of()))
                .toList();
        return reference.withTables(tables)
                .withSequences(reference.sequences().stream().map(s -> s.withOwnedBy(null)).toList());
    }

    /** Tables with a definition (the table's, an index's, a constraint's) printed differently on the two sides. */
    static Set<QualifiedName> printedDifferently(Fingerprints current, Fingerprints reference) {
        Set<QualifiedName> out = new HashSet<>();
        differing(current.tables(), reference.tables()).forEach(out::add);
        differing(current.indexes(), reference.indexes()).forEach(k -> out.add(k.table()));
        differing(current.constraints(), reference.constraints()).forEach(k -> out.add(k.table()));
        return out;
    }

    private static <K, V> Set<K> differing(Map<K, V> a, Map<K, V> b) {
        Set<K> out = new HashSet<>();
        a.forEach((k, v) -> {
            if (!Objects.equals(v, b.get(k))) {
                out.add(k);
            }
        });
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                out.add(k);
            }
        });
        return out;
    }
}
