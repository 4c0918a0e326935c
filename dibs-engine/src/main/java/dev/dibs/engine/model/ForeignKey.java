package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}. {@code validated} is false for a key added {@code NOT VALID} and not
 * validated since: existing rows were never checked. {@code enforced} is false for PostgreSQL 18's
 * {@code NOT ENFORCED}, which PostgreSQL never validates either.
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        Deferrability deferrability,
        boolean validated,
        boolean enforced) {

    /** A validated foreign key. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, true, true);
    }

    /** An enforced foreign key. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability, boolean validated) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, validated, true);
    }

    /** The same key, validated (an enforced one: PostgreSQL validates no other). */
    public ForeignKey asValidated() {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, true, enforced);
    }

    /** The same key under another name, on other columns, or pointing at another table. */
    public ForeignKey with(String newName, List<String> newColumns, QualifiedName newReferencedTable, List<String> newReferencedColumns) {
        return new ForeignKey(newName, newColumns, newReferencedTable, newReferencedColumns, onDelete, onUpdate, deferrability,
                validated, enforced);
    }

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
        validated = validated && enforced;
    }
}
