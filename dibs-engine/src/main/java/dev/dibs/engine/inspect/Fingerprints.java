package dev.dibs.engine.inspect;

import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What PostgreSQL itself says of each managed table, index and constraint (from {@code tables.sql}, {@code indexes.sql} and {@code constraints.sql}):
 * its catalog's own text, kept beside dibs's model and never derived from it, so that an aspect the
 * model does not hold (an operator class, {@code UNLOGGED}, a storage parameter) can still be
 * compared between two databases or between a database and what dibs builds.
 *
 * @param tables      by table
 * @param indexes     by table and index name, those behind a primary key or unique included
 * @param constraints by table and constraint name: primary keys, uniques, foreign keys, checks
 */
public record Fingerprints(Map<QualifiedName, TablePrint> tables, Map<Key, IndexPrint> indexes, Map<Key, ConstraintPrint> constraints) {

    public static final Fingerprints NONE = new Fingerprints(Map.of(), Map.of(), Map.of());

    public Fingerprints {
        tables = Map.copyOf(tables);
        indexes = Map.copyOf(indexes);
        constraints = Map.copyOf(constraints);
    }

    /** An index or constraint: the table it is on and its name. */
    public record Key(QualifiedName table, String name) {
        /** As the record's, written out (see {@link QualifiedName#hashCode}); the name may be null. */
        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(table) + Objects.hashCode(name);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && Objects.equals(table, k.table) && Objects.equals(name, k.name);
        }

        @Override
        public String toString() {
            return table + "." + name;
        }
    }

    /**
     * A table: {@code relkind} ({@code r} plain, {@code p} partitioned), {@code relpersistence}
     * ({@code p} logged, {@code u} unlogged), storage parameters as {@code name=value}, the partition
     * key ({@code pg_get_partkeydef}, null when not partitioned), the tablespace (null: the default).
     */
    public record TablePrint(String kind, String persistence, List<String> options, String partitionKey, String tablespace) {
        public TablePrint {
            options = options.isEmpty() ? List.of() : options.stream().sorted().toList();
        }
    }

    /**
     * An index: {@code pg_get_indexdef} from {@code USING} on ({@code UNIQUE } before it when
     * unique), its access method, and per key column its text, its operator class when not the
     * default (with parameters) and its collation when not the column's own (null entries
     * otherwise); {@code NULLS NOT DISTINCT}, {@code WITH} options, predicate and tablespace.
     */
    public record IndexPrint(String definition, String method, List<String> columns, List<String> operatorClasses,
                             List<String> collations, boolean nullsNotDistinct, List<String> options, String predicate,
                             String tablespace) {
        public IndexPrint {
            columns = Collections.unmodifiableList(new ArrayList<>(columns));
            operatorClasses = Collections.unmodifiableList(new ArrayList<>(operatorClasses));
            collations = Collections.unmodifiableList(new ArrayList<>(collations));
            options = options.isEmpty() ? List.of() : options.stream().sorted().toList();
        }
    }

    /**
     * A constraint: {@code contype}, {@code pg_get_constraintdef} without {@code NOT VALID}, its
     * deferrability, {@code NO INHERIT}, and a foreign key's match type ({@code f} full,
     * {@code s} simple; null otherwise).
     */
    public record ConstraintPrint(String type, String definition, boolean deferrable, boolean deferred, boolean noInherit,
                                  String matchType) {
    }

    public Optional<TablePrint> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Optional<IndexPrint> index(QualifiedName table, String name) {
        return Optional.ofNullable(indexes.get(new Key(table, name)));
    }

    public Optional<ConstraintPrint> constraint(QualifiedName table, String name) {
        return Optional.ofNullable(constraints.get(new Key(table, name)));
    }
}
