package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as dibs manages it: the Postgres schemas (namespaces) it covers, their
 * tables and enum types, each list in canonical order.
 */
public record Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums) {

    public Schema {
        namespaces = namespaces.stream().distinct().sorted().toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    }

    public static Schema empty(List<String> namespaces) {
        return new Schema(namespaces, List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
