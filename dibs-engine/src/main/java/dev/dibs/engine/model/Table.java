package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in their physical order, its constraints and indexes. {@code primaryKey} and
 * {@code comment} are null when absent. Constraint and index lists are kept in canonical (name)
 * order, whatever order they are given in, so that equal tables are equal records.
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniques,
        List<ForeignKey> foreignKeys,
        List<Check> checks,
        List<Index> indexes,
        String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
        foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
        checks = checks.stream().sorted(Comparator.comparing(Check::name)).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<UniqueConstraint> unique(String constraintName) {
        return uniques.stream().filter(u -> u.name().equals(constraintName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String constraintName) {
        return foreignKeys.stream().filter(f -> f.name().equals(constraintName)).findFirst();
    }

    public Optional<Check> check(String constraintName) {
        return checks.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    /** Whether {@code cols} (in this order) are exactly the primary key or a unique constraint. */
    public boolean hasUniqueKeyOn(List<String> cols) {
        if (primaryKey != null && primaryKey.columns().equals(cols)) {
            return true;
        }
        if (uniques.stream().anyMatch(u -> u.columns().equals(cols))) {
            return true;
        }
        return indexes.stream().anyMatch(i -> i.unique() && i.predicate() == null
                && i.include().isEmpty()
                && i.keys().stream().noneMatch(IndexKey::isExpression)
                && i.keys().stream().map(IndexKey::column).toList().equals(cols));
    }
}
