package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}. {@code validated} is false for a key added {@code NOT VALID} and not
 * validated since: existing rows were never checked. {@code enforced} is false for PostgreSQL 18's
 * {@code NOT ENFORCED}, which PostgreSQL never validates either.
 *
 * <p>{@code referencedIndex} is the unique index of the referenced table (a primary key's, a unique
 * constraint's, or a unique index) that PostgreSQL bound the key to when it was created
 * ({@code pg_constraint.conindid}), or null where that is not known: a key declared in Java, or one
 * a plan is about to create. It is where the key happens to be bound, not part of its definition:
 * two databases equal in every definition may bind the same key to different indexes, so
 * {@link #equals} leaves it out and equal still means "no change". A plan needs it to know which
 * foreign keys a key or index it drops takes with it.
 *
 * <p>{@code onDeleteSet} are the columns {@code ON DELETE SET NULL} or {@code SET DEFAULT} sets,
 * when only some of the key's (PostgreSQL 15's column list: {@code ON DELETE SET NULL (parent_id)}
 * on a key {@code (tenant_id, parent_id)} keeps the row's tenant); empty: all of the key's columns.
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
        boolean enforced,
        String referencedIndex,
        List<String> onDeleteSet) {

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

    /** A foreign key whose index is not known. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability, boolean validated,
                      boolean enforced) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, validated, enforced, null);
    }

    /** A foreign key whose {@code ON DELETE} action, if it sets columns, sets all of them. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability, boolean validated,
                      boolean enforced, String referencedIndex) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, validated, enforced,
                referencedIndex, List.of());
    }

    /** The same key, validated (an enforced one: PostgreSQL validates no other). */
    public ForeignKey asValidated() {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, true, enforced,
                referencedIndex, onDeleteSet);
    }

    /** The same key, {@code NOT VALID}. */
    public ForeignKey asNotValid() {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, false, enforced,
                referencedIndex, onDeleteSet);
    }

    /**
     * Whether this key, as a database has it, is what {@code wanted} asks: equal, or validated where
     * {@code wanted} is {@code NOT VALID} (it promises all that one does and more).
     */
    public boolean satisfies(ForeignKey wanted) {
        return equals(wanted) || validated && wanted.enforced && !wanted.validated && asNotValid().equals(wanted);
    }

    /** The same key under another name, on other columns, or pointing at another table. */
    public ForeignKey with(String newName, List<String> newColumns, QualifiedName newReferencedTable, List<String> newReferencedColumns) {
        return new ForeignKey(newName, newColumns, newReferencedTable, newReferencedColumns, onDelete, onUpdate, deferrability,
                validated, enforced, referencedIndex, onDeleteSet);
    }

    /** The same key, bound to another index of the referenced table (null: not known). */
    public ForeignKey withReferencedIndex(String newReferencedIndex) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, validated, enforced,
                newReferencedIndex, onDeleteSet);
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
        onDeleteSet = onDeleteSet == null ? List.of() : List.copyOf(onDeleteSet);
    }

    /** Equal definitions and states; {@code referencedIndex} is left out (see the class comment). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ForeignKey f && name.equals(f.name) && columns.equals(f.columns)
                && referencedTable.equals(f.referencedTable) && referencedColumns.equals(f.referencedColumns)
                && onDelete == f.onDelete && onUpdate == f.onUpdate && deferrability == f.deferrability
                && validated == f.validated && enforced == f.enforced && onDeleteSet.equals(f.onDeleteSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, validated, enforced,
                onDeleteSet);
    }
}
