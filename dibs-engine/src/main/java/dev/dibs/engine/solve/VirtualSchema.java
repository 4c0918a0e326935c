package dev.dibs.engine.solve;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema that changes are applied to in memory, refusing what Postgres would refuse: the
 * solver orders a plan by what this accepts, and checks the result against the desired schema.
 * {@link ChangeSimulator} holds the rules per change kind; this class holds the state and lookups.
 */
final class VirtualSchema {

    final Set<String> namespaces;
    final Map<QualifiedName, EnumType> enums;
    final Map<QualifiedName, Table> tables;

    VirtualSchema(Schema schema) {
        namespaces = new HashSet<>(schema.namespaces());
        enums = new LinkedHashMap<>();
        schema.enums().forEach(e -> enums.put(e.name(), e));
        tables = new LinkedHashMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
    }

    Schema toSchema() {
        return new Schema(List.copyOf(namespaces), List.copyOf(tables.values()), List.copyOf(enums.values()));
    }

    Table table(QualifiedName name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new SimulationException.NotExists("table " + name);
        }
        return t;
    }

    Column column(Table t, String name) {
        return t.column(name).orElseThrow(() -> new SimulationException.NotExists("column " + t.name() + "." + name));
    }

    void requireColumns(Table t, List<String> names) {
        names.forEach(n -> column(t, n));
    }

    void requireType(PgType type) {
        if (!type.isBuiltin() && !enums.containsKey(new QualifiedName(type.schema(), type.name()))) {
            throw new SimulationException.NotExists("type " + type.schema() + "." + type.name());
        }
    }

    void requireNamespace(String schema) {
        if (!namespaces.contains(schema)) {
            throw new SimulationException.NotExists("schema " + schema);
        }
    }

    /** Tables, indexes and the indexes behind keys share one namespace per schema. */
    Map<String, String> relations(String schema) {
        Map<String, String> names = new HashMap<>();
        for (Table t : tables.values()) {
            if (!t.name().schema().equals(schema)) {
                continue;
            }
            names.put(t.name().name(), "table " + t.name());
            if (t.primaryKey() != null) {
                names.put(t.primaryKey().name(), "primary key " + t.primaryKey().name());
            }
            t.uniques().forEach(u -> names.put(u.name(), "unique " + u.name()));
            t.indexes().forEach(i -> names.put(i.name(), "index " + i.name()));
        }
        return names;
    }

    void requireFreeRelation(String schema, String name) {
        String existing = relations(schema).get(name);
        if (existing != null) {
            throw new SimulationException.AlreadyExists(existing + " (in schema " + schema + ")");
        }
    }

    void requireFreeConstraint(Table t, String name) {
        if (constraintNames(t).contains(name)) {
            throw new SimulationException.AlreadyExists("constraint " + name + " on " + t.name());
        }
    }

    static Set<String> constraintNames(Table t) {
        Set<String> names = new HashSet<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.add(u.name()));
        t.checks().forEach(k -> names.add(k.name()));
        t.foreignKeys().forEach(f -> names.add(f.name()));
        return names;
    }

    /** Foreign keys of any table that point at {@code table}. */
    List<String> foreignKeysInto(QualifiedName table, String exceptFrom) {
        List<String> found = new ArrayList<>();
        for (Table t : tables.values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedTable().equals(table) && !t.name().toString().equals(exceptFrom)) {
                    found.add(t.name() + "." + fk.name());
                }
            }
        }
        return found;
    }

    /** Whether a key or unique index of {@code t} covers exactly {@code columns} (in any order), as a foreign key needs. */
    static boolean hasKeyOn(Table t, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (t.primaryKey() != null && Set.copyOf(t.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        for (UniqueConstraint u : t.uniques()) {
            if (Set.copyOf(u.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index i : t.indexes()) {
            if (i.unique() && i.predicate() == null && i.keys().stream().noneMatch(k -> k.isExpression())
                    && Set.copyOf(i.keys().stream().map(k -> k.column()).toList()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key other than {@code unique} covers the same columns (then dropping it breaks no foreign key). */
    static boolean hasKeyOnOtherThan(Table t, UniqueConstraint unique) {
        Table without = new Table(t.name(), t.columns(), t.primaryKey(),
                t.uniques().stream().filter(u -> !u.equals(unique)).toList(), t.foreignKeys(), t.checks(), t.indexes(), t.comment());
        return hasKeyOn(without, unique.columns());
    }

    void put(Table t) {
        tables.put(t.name(), t);
    }
}
