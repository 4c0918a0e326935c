package dev.dibs.engine.solve;

import dev.dibs.engine.diff.Inheritance;
import dev.dibs.engine.diff.PartitionDiffer;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Full equality of two schemas, as a migrated database and a fresh one must be equal: types,
 * defaults, nullability, constraints, indexes, partitioning, comments. Column order is left out:
 * Postgres appends added columns, and reordering them would mean rewriting the table; so are the
 * partitions of the actual schema that the expected one does not declare, which dibs never drops, and
 * the checks an inheritance child has of its own besides a parent's where the expected one has only the
 * parent's (see {@link Inheritance#withoutMerged}).
 */
public final class SchemaComparison {

    private SchemaComparison() {
    }

    /** The schema with each table's columns in name order. */
    public static Schema withoutColumnOrder(Schema schema) {
        return schema.withTables(schema.tables().stream().map(t -> t.withColumns(
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList())).toList());
    }

    public static boolean equivalent(Schema a, Schema b) {
        return withoutColumnOrder(a).equals(withoutColumnOrder(b));
    }

    /** Human-readable differences, for error messages (empty when equivalent). */
    public static List<String> differences(Schema actual, Schema expected) {
        Schema a = withoutColumnOrder(actual);
        Schema e = withoutColumnOrder(expected);
        List<String> out = new ArrayList<>();
        if (!a.namespaces().equals(e.namespaces())) {
            out.add("schemas " + a.namespaces() + " instead of " + e.namespaces());
        }
        // By name through maps, one pass over each side: when Schema.table still scanned, a search per
        // table made this check quadratic, the largest part of planning a few thousand tables.
        Map<QualifiedName, Table> actualTables = byName(a);
        Map<QualifiedName, Table> expectedTables = byName(e);
        for (Table t : e.tables()) {
            Table got = actualTables.get(t.name());
            if (got != null) {
                got = PartitionDiffer.withoutUndeclared(got, t); // never dropped, so never a difference
                got = notValidAsExpected(got, t);
                // a check a child has of its own besides its parent's, not declared: the same while the parent has it
                got = Inheritance.withoutMerged(got, t, n -> java.util.Optional.ofNullable(actualTables.get(n)));
            }
            if (got == null) {
                out.add("table " + t.name() + " is missing");
            } else if (!got.equals(t)) {
                out.add("table " + t.name() + " is " + got + " instead of " + t);
            }
        }
        a.tables().stream().filter(t -> !expectedTables.containsKey(t.name())).forEach(t -> out.add("table " + t.name() + " is extra"));
        for (EnumType type : e.enums()) {
            if (!Objects.equals(a.enumType(type.name()).orElse(null), type)) {
                out.add("enum " + type.name() + " is " + a.enumType(type.name()).orElse(null) + " instead of " + type);
            }
        }
        a.enums().stream().filter(t -> e.enumType(t.name()).isEmpty()).forEach(t -> out.add("enum " + t.name() + " is extra"));
        objects("extension", a.extensions(), e.extensions(), Extension::name, out);
        objects("sequence", a.sequences(), e.sequences(), s -> s.name().toString(), out);
        objects("domain", a.domains(), e.domains(), d -> d.name().toString(), out);
        objects("routine", a.routines(), e.routines(), Routine::signature, out);
        objects("trigger", a.triggers(), e.triggers(), t -> t.table() + "." + t.name(), out);
        objects("view", a.views(), e.views(), v -> v.name().toString(), out);
        // WITH [NO] DATA is how a materialized view is created, not a state to converge on
        Map<QualifiedName, Boolean> populated = new HashMap<>();
        e.materializedViews().forEach(v -> populated.put(v.name(), v.withData()));
        objects("materialized view", a.materializedViews().stream().map(v -> v.withData(populated.getOrDefault(v.name(), v.withData())))
                .toList(), e.materializedViews(), v -> v.name().toString(), out);
        objects("policy", a.policies(), e.policies(), p -> p.table() + "." + p.name(), out);
        objects("operator", a.operators(), e.operators(), dev.dibs.engine.model.Operator::signature, out);
        objects("collation", a.collations(), e.collations(), c -> c.name().toString(), out);
        return out;
    }

    /**
     * {@code actual} with its validated checks and foreign keys that {@code expected} has {@code NOT
     * VALID} (same name, enforced) taken as {@code NOT VALID}: a validated constraint promises all a
     * {@code NOT VALID} one does and more, and the differ leaves one the database has (one it re-creates,
     * around a retyped column or a re-created key, comes back {@code NOT VALID} as declared).
     */
    private static Table notValidAsExpected(Table actual, Table expected) {
        Set<String> checks = new HashSet<>();
        expected.checks().stream().filter(k -> k.enforced() && !k.validated()).forEach(k -> checks.add(k.name()));
        Set<String> keys = new HashSet<>();
        expected.foreignKeys().stream().filter(f -> f.enforced() && !f.validated()).forEach(f -> keys.add(f.name()));
        if (checks.isEmpty() && keys.isEmpty()) {
            return actual;
        }
        return actual.withChecks(actual.checks().stream().map(k -> k.validated() && checks.contains(k.name())
                        ? k.asNotValid() : k).toList())
                .withForeignKeys(actual.foreignKeys().stream().map(f -> f.validated() && keys.contains(f.name())
                        ? f.asNotValid() : f).toList());
    }

    /** Objects of one kind declared in SQL, by key: missing, extra, or different. */
    private static <T> void objects(String kind, List<T> actual, List<T> expected, Function<T, String> key, List<String> out) {
        Map<String, T> got = new LinkedHashMap<>();
        actual.forEach(o -> got.put(key.apply(o), o));
        for (T o : expected) {
            T found = got.remove(key.apply(o));
            if (found == null) {
                out.add(kind + " " + key.apply(o) + " is missing");
            } else if (!found.equals(o)) {
                out.add(kind + " " + key.apply(o) + " is " + found + " instead of " + o);
            }
        }
        got.keySet().forEach(k -> out.add(kind + " " + k + " is extra"));
    }

    private static Map<QualifiedName, Table> byName(Schema schema) {
        Map<QualifiedName, Table> tables = new HashMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        return tables;
    }
}
