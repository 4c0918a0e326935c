package dev.dibs.engine.solve;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Full equality of two schemas, as a migrated database and a fresh one must be equal: types,
 * defaults, nullability, constraints, indexes, comments. Column order is the one thing left out:
 * Postgres appends added columns, and reordering them would mean rewriting the table.
 */
public final class SchemaComparison {

    private SchemaComparison() {
    }

    /** The schema with each table's columns in name order. */
    public static Schema withoutColumnOrder(Schema schema) {
        return new Schema(schema.namespaces(), schema.tables().stream().map(t -> new Table(t.name(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(), t.uniques(),
                t.foreignKeys(), t.checks(), t.indexes(), t.comment())).toList(), schema.enums());
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
        for (Table t : e.tables()) {
            var got = a.table(t.name());
            if (got.isEmpty()) {
                out.add("table " + t.name() + " is missing");
            } else if (!got.get().equals(t)) {
                out.add("table " + t.name() + " is " + got.get() + " instead of " + t);
            }
        }
        a.tables().stream().filter(t -> e.table(t.name()).isEmpty()).forEach(t -> out.add("table " + t.name() + " is extra"));
        for (EnumType type : e.enums()) {
            if (!Objects.equals(a.enumType(type.name()).orElse(null), type)) {
                out.add("enum " + type.name() + " is " + a.enumType(type.name()).orElse(null) + " instead of " + type);
            }
        }
        a.enums().stream().filter(t -> e.enumType(t.name()).isEmpty()).forEach(t -> out.add("enum " + t.name() + " is extra"));
        return out;
    }
}
