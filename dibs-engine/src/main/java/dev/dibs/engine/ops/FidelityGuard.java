package dev.dibs.engine.ops;

import dev.dibs.engine.canonical.ScratchDatabase;
import dev.dibs.engine.inspect.Fingerprints;
import dev.dibs.engine.inspect.Fingerprints.ConstraintPrint;
import dev.dibs.engine.inspect.Fingerprints.IndexPrint;
import dev.dibs.engine.inspect.Fingerprints.Key;
import dev.dibs.engine.inspect.Fingerprints.TablePrint;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.render.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds what dibs writes to what was asked for, by PostgreSQL's own definitions
 * ({@link Fingerprints}), never by dibs's model, so that it holds whatever the model lacks:
 * <ul>
 *   <li>each table, index and constraint the plan creates: what dibs's {@code CREATE} statements
 *   built in the scratch database against the desired state's own definition. A difference is an
 *   aspect dibs would not reproduce.</li>
 *   <li>each one both sides have under the same name and the model finds equal: the database's
 *   definition against the desired state's. A difference is an aspect no plan of dibs changes.</li>
 * </ul>
 * Aspects that are not expressions are compared one by one and named; definitions that differ
 * otherwise are compared once more after PostgreSQL re-printed the desired one in the scratch
 * database, since an expression copied from a catalog may be stored in other words
 * ({@code ANY ((ARRAY[…])::text[])} becomes {@code ANY (ARRAY[(…)::text, …])}) and mean the same.
 */
final class FidelityGuard {

    /** Re-prints definitions in the scratch database, by id; an empty answer when there is none. */
    interface Reprinter extends Function<List<ScratchDatabase.Reprint>, Map<String, String>> {
        Reprinter NONE = requests -> Map.of();
    }

    /** One object compared: its words, whether the plan creates it, how it differs, and its definitions. */
    private record Compared(String object, boolean created, List<PrintDifferences.Aspect> aspects, String want, String got,
                            ScratchDatabase.Reprint reprint) {
    }

    private final List<Compared> compared = new ArrayList<>();

    private FidelityGuard() {
    }

    /**
     * @param wanted the desired state's fingerprints (the reference's catalog, or what the
     *               Canonicalizer built from the Java schema)
     * @param built  what dibs's statements built in the scratch database from the desired schema;
     *               null when there is none to compare with (the Java schema: it is what was built)
     * @return one sentence per object and aspect that the plan does not make right
     */
    static List<String> check(Plan plan, Schema current, Fingerprints currentPrints, Schema desired, Fingerprints wanted,
                              Fingerprints built, Reprinter reprinter, String desiredState) {
        FidelityGuard guard = new FidelityGuard();
        PlanCreations created = PlanCreations.of(plan.changes());
        if (built != null) {
            created.tables.forEach(t -> guard.table(t, true, wanted, built));
            created.indexes.forEach(k -> guard.index(k, true, wanted, built));
            created.constraints.forEach(k -> guard.constraint(k, true, wanted, built, desired));
        }
        for (Table want : desired.tables()) {
            Optional<Table> has = current.table(want.name());
            if (has.isEmpty()) {
                continue;
            }
            Table got = has.get();
            if (!created.tables.contains(want.name()) && bare(want).equals(bare(got))) {
                guard.table(want.name(), false, wanted, currentPrints);
            }
            QualifiedName t = want.name();
            want.indexes().stream().filter(i -> got.index(i.name()).filter(i::equals).isPresent())
                    .map(i -> new Key(t, i.name())).filter(k -> !created.indexes.contains(k))
                    .forEach(k -> guard.index(k, false, wanted, currentPrints));
            List<String> equalConstraints = new ArrayList<>();
            if (want.primaryKey() != null && want.primaryKey().equals(got.primaryKey())) {
                equalConstraints.add(want.primaryKey().name());
            }
            want.uniques().stream().filter(u -> got.unique(u.name()).filter(u::equals).isPresent()).forEach(u -> equalConstraints.add(u.name()));
            want.checks().stream().filter(k -> got.check(k.name()).filter(k::equals).isPresent()).forEach(k -> equalConstraints.add(k.name()));
            want.foreignKeys().stream().filter(f -> got.foreignKey(f.name()).filter(f::equals).isPresent())
                    .forEach(f -> equalConstraints.add(f.name()));
            equalConstraints.stream().map(n -> new Key(t, n)).filter(k -> !created.constraints.contains(k))
                    .forEach(k -> guard.constraint(k, false, wanted, currentPrints, desired));
        }
        return guard.sentences(reprinter, desiredState);
    }

    /** A table without its columns, keys, indexes and comment: what the model says of the table itself. */
    private static Table bare(Table t) {
        return new Table(t.name(), List.of(), null, List.of(), List.of(), List.of(), List.of(), null, t.exclusions(), t.options());
    }

    private void table(QualifiedName name, boolean created, Fingerprints wanted, Fingerprints other) {
        Optional<TablePrint> want = wanted.table(name);
        Optional<TablePrint> got = other.table(name);
        if (want.isPresent() && got.isPresent()) {
            add(new Compared("table " + name, created, PrintDifferences.table(want.get(), got.get()), null, null, null));
        }
    }

    private void index(Key key, boolean created, Fingerprints wanted, Fingerprints other) {
        Optional<IndexPrint> want = wanted.index(key.table(), key.name());
        Optional<IndexPrint> got = other.index(key.table(), key.name());
        if (want.isPresent() && got.isPresent()) {
            add(new Compared("index " + key.name() + " on " + key.table(), created, PrintDifferences.index(want.get(), got.get()),
                    want.get().definition(), got.get().definition(),
                    new ScratchDatabase.Reprint(key.toString(), true, key.table(), want.get().definition())));
        }
    }

    /** A constraint, and for a key the index behind it (its NULLS NOT DISTINCT, WITH options, tablespace). */
    private void constraint(Key key, boolean created, Fingerprints wanted, Fingerprints other, Schema desired) {
        Optional<ConstraintPrint> want = wanted.constraint(key.table(), key.name());
        Optional<ConstraintPrint> got = other.constraint(key.table(), key.name());
        if (want.isEmpty() || got.isEmpty()) {
            return;
        }
        List<PrintDifferences.Aspect> aspects = new ArrayList<>(PrintDifferences.constraint(want.get(), got.get()));
        Optional<IndexPrint> wantIndex = wanted.index(key.table(), key.name());
        Optional<IndexPrint> gotIndex = other.index(key.table(), key.name());
        if (wantIndex.isPresent() && gotIndex.isPresent()) {
            aspects.addAll(PrintDifferences.index(wantIndex.get(), gotIndex.get()));
        }
        add(new Compared(kind(want.get()) + " " + key.name() + " on " + key.table(), created, aspects, want.get().definition(),
                got.get().definition(), new ScratchDatabase.Reprint(key.toString(), false, key.table(), want.get().definition())));
    }

    private void add(Compared c) {
        if (!c.aspects().isEmpty() || !Objects.equals(c.want(), c.got())) {
            compared.add(c);
        }
    }

    private static String kind(ConstraintPrint k) {
        return switch (k.type()) {
            case "p" -> "primary key";
            case "u" -> "unique constraint";
            case "f" -> "foreign key";
            case "c" -> "check";
            default -> "constraint";
        };
    }

    /**
     * The sentences, after definitions that differ in no named aspect were re-printed: equal then,
     * they differed in words only.
     */
    private List<String> sentences(Reprinter reprinter, String desiredState) {
        List<ScratchDatabase.Reprint> requests = compared.stream().filter(c -> c.aspects().isEmpty()).map(Compared::reprint).toList();
        Map<String, String> reprinted = requests.isEmpty() ? Map.of() : reprinter.apply(requests);
        List<String> out = new ArrayList<>();
        for (Compared c : compared) {
            List<PrintDifferences.Aspect> aspects = c.aspects();
            if (aspects.isEmpty()) {
                String again = reprinted.get(c.reprint().id());
                if (c.got().equals(again)) {
                    continue;
                }
                aspects = List.of(PrintDifferences.definition(c.want(), c.got()));
            }
            for (PrintDifferences.Aspect a : aspects) {
                out.add(c.created()
                        ? c.object() + ": " + a.want() + " is not reproduced: dibs would create it with " + a.got() + "."
                        : c.object() + ": the database has " + a.got() + ", " + desiredState + " has " + a.want()
                                + "; no statement of dibs changes that.");
            }
        }
        return out;
    }
}
