package dev.dibs.engine.ops;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The desired state of a database comparison, in the words PostgreSQL stores once dibs re-creates
 * it: each column, key, check and index of the reference is taken as re-printed in the scratch
 * database — unless the target already holds exactly the reference's own, which then stays as it
 * is. A plan copies the re-printed text, which PostgreSQL stores as written, so a second comparison
 * finds nothing; and two databases that agree are never told apart by the re-print. Routines
 * likewise: one the target does not hold as the reference does is taken as re-printed.
 */
final class ReprintedReference {

    private ReprintedReference() {
    }

    /**
     * @param current    the target, as inspected
     * @param reference  the reference, as inspected
     * @param reprinted  the reference built by dibs in the scratch database and read back (a part
     *                   PostgreSQL refused there is absent, and stays as the reference has it)
     * @param refused    tables of which PostgreSQL refused some statement there: kept as the reference has them
     */
    static Schema merge(Schema current, Schema reference, Schema reprinted, Set<QualifiedName> refused) {
        List<Table> tables = new ArrayList<>();
        for (Table r : reference.tables()) {
            // a table of which PostgreSQL refused a statement (a default, a check) may lack part of it
            Optional<Table> again = refused.contains(r.name()) ? Optional.empty() : reprinted.table(r.name());
            if (again.isEmpty()) {
                tables.add(r);
                continue;
            }
            Table s = again.get();
            Optional<Table> t = current.table(r.name());
            tables.add(r.withColumns(pick(r.columns(), c -> t.flatMap(x -> x.column(c.name())), c -> s.column(c.name())))
                    .withPrimaryKey(r.primaryKey() == null || t.isPresent() && r.primaryKey().equals(t.get().primaryKey())
                            || s.primaryKey() == null || !s.primaryKey().name().equals(r.primaryKey().name()) ? r.primaryKey() : s.primaryKey())
                    .withUniques(pick(r.uniques(), u -> t.flatMap(x -> x.unique(u.name())), u -> s.unique(u.name())))
                    // a check or key the target has validated is the reference's NOT VALID one too (the plan keeps it)
                    .withChecks(pick(r.checks(), k -> t.flatMap(x -> x.check(k.name())), k -> s.check(k.name()), (got, k) -> got.satisfies(k)))
                    .withForeignKeys(pick(r.foreignKeys(), f -> t.flatMap(x -> x.foreignKey(f.name())), f -> s.foreignKey(f.name()),
                            (got, f) -> got.satisfies(f)))
                    .withIndexes(pick(r.indexes(), i -> t.flatMap(x -> x.index(i.name())), i -> s.index(i.name()))));
        }
        // a routine as re-printed: PostgreSQL prints an SQL-standard body parsed from its own print otherwise
        // ('x'::text comes back 'x'::text AS text), so the reference's first print would be written again and again
        List<Routine> routines = reference.routines().stream().map(r -> {
            boolean held = current.routines().stream().anyMatch(r::equals);
            return held ? r : reprinted.routines().stream().filter(s -> s.signature().equals(r.signature())).findFirst().orElse(r);
        }).toList();
        return reference.withTables(tables).withRoutines(routines);
    }

    /** Each element as the target has it when that is the reference's own, else as re-printed (when it was). */
    private static <T> List<T> pick(List<T> reference, Function<T, Optional<T>> inCurrent, Function<T, Optional<T>> inReprinted) {
        return pick(reference, inCurrent, inReprinted, (got, r) -> got.equals(r));
    }

    /** As above, the target's element taken as the reference's where {@code satisfies(target's, reference's)}. */
    private static <T> List<T> pick(List<T> reference, Function<T, Optional<T>> inCurrent, Function<T, Optional<T>> inReprinted,
                                    BiPredicate<T, T> satisfies) {
        return reference.stream().map(r -> {
            Optional<T> got = inCurrent.apply(r);
            return got.isPresent() && satisfies.test(got.get(), r) ? r : inReprinted.apply(r).orElse(r);
        }).toList();
    }
}
