package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        String comment,
        List<Exclusion> exclusions,
        TableOptions options) {

    /** A plain table: logged, unpartitioned, without exclusion constraints. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<ForeignKey> foreignKeys, List<Check> checks, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, List.of(), TableOptions.DEFAULT);
    }

    private static final Comparator<UniqueConstraint> UNIQUES = Comparator.comparing(UniqueConstraint::name);
    private static final Comparator<ForeignKey> FOREIGN_KEYS = Comparator.comparing(ForeignKey::name);
    private static final Comparator<Check> CHECKS = Comparator.comparing(Check::name);
    private static final Comparator<Index> INDEXES = Comparator.comparing(Index::name);
    private static final Comparator<Exclusion> EXCLUSIONS = Comparator.comparing(Exclusion::name);

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = SortedByName.of(uniques, UNIQUES);
        foreignKeys = SortedByName.of(foreignKeys, FOREIGN_KEYS);
        checks = SortedByName.of(checks, CHECKS);
        indexes = SortedByName.of(indexes, INDEXES);
        exclusions = SortedByName.of(exclusions, EXCLUSIONS);
        options = options == null ? TableOptions.DEFAULT : options;
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

    /** The names of its constraints dibs models (primary key, uniques, checks, foreign keys, exclusions): one table holds each name once. */
    public Set<String> constraintNames() {
        Set<String> names = new java.util.HashSet<>();
        if (primaryKey != null) {
            names.add(primaryKey.name());
        }
        uniques.forEach(u -> names.add(u.name()));
        checks.forEach(k -> names.add(k.name()));
        foreignKeys.forEach(f -> names.add(f.name()));
        exclusions.forEach(x -> names.add(x.name()));
        return names;
    }

    /**
     * Whether a foreign key may reference {@code cols}: PostgreSQL accepts the primary key, a unique
     * constraint, or a unique index without a predicate or expressions, whose key columns are
     * exactly {@code cols} in any order ({@code INCLUDE} columns are not key columns).
     */
    public boolean hasKeyOn(List<String> cols) {
        Set<String> wanted = Set.copyOf(cols);
        if (wanted.size() != cols.size()) {
            return false; // a column named twice: PostgreSQL finds no key matching that list
        }
        if (primaryKey != null && Set.copyOf(primaryKey.columns()).equals(wanted)) {
            return true;
        }
        if (uniques.stream().anyMatch(u -> Set.copyOf(u.columns()).equals(wanted))) {
            return true;
        }
        return indexes.stream().anyMatch(i -> i.unique() && i.predicate() == null
                && i.keys().stream().noneMatch(IndexKey::isExpression)
                && i.keys().size() == wanted.size()
                && Set.copyOf(i.keys().stream().map(IndexKey::column).toList()).equals(wanted));
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, newForeignKeys, checks, indexes, comment, exclusions, options);
    }

    public Table withChecks(List<Check> newChecks) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, newChecks, indexes, comment, exclusions, options);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes, comment, exclusions, options);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, newComment, exclusions, options);
    }

    public Table withExclusions(List<Exclusion> newExclusions) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, newExclusions, options);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, newOptions);
    }

    public Optional<Exclusion> exclusion(String constraintName) {
        return exclusions.stream().filter(x -> x.name().equals(constraintName)).findFirst();
    }
}
