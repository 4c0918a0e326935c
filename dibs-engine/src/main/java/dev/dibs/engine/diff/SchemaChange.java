package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One typed change between two schemas. The set is closed: every consumer (solver, renderer,
 * reports) handles each kind explicitly, and a kind it does not know is an error, never a skip.
 */
public sealed interface SchemaChange {

    /** What the change is about, for reports: {@code table public.users}, {@code column public.users.email}. */
    String subject();

    /** {@code CREATE SCHEMA}. */
    record CreateSchema(String name) implements SchemaChange {
        public String subject() { return "schema " + name; }
    }

    /** {@code DROP SCHEMA}, once it is empty. */
    record DropSchema(String name) implements SchemaChange {
        public String subject() { return "schema " + name; }
    }

    /** A new enum type. */
    record CreateEnum(EnumType type) implements SchemaChange {
        public String subject() { return "enum " + type.name(); }
    }

    /** Drops an enum type no column uses any more. */
    record DropEnum(EnumType type) implements SchemaChange {
        public String subject() { return "enum " + type.name(); }
    }

    /** {@code ALTER TYPE … ADD VALUE label BEFORE|AFTER neighbour}; exactly one of before/after is set, or neither (at the end). */
    record AddEnumValue(QualifiedName type, String label, String before, String after) implements SchemaChange {
        public String subject() { return "enum " + type; }
    }

    /** {@code ALTER TYPE … RENAME VALUE}. */
    record RenameEnumValue(QualifiedName type, String from, String to) implements SchemaChange {
        public String subject() { return "enum " + type; }
    }

    /**
     * Re-creates an enum type whose labels were removed or reordered (Postgres cannot do either in
     * place): the columns using it are converted through text, which fails on rows holding a
     * removed label.
     */
    record RecreateEnum(EnumType from, EnumType to, List<ColumnRef> columns) implements SchemaChange {
        public RecreateEnum {
            columns = List.copyOf(columns);
        }
        public String subject() { return "enum " + to.name(); }
    }

    /**
     * A column converted by {@link RecreateEnum}: whether it is an array of the type, whether it
     * has a default to drop first, and the default to set again afterwards (null for none).
     */
    record ColumnRef(QualifiedName table, String column, boolean array, boolean hadDefault, String defaultAfter) {
    }

    /** A new table with its columns, primary key, uniques and checks (indexes and foreign keys are separate changes). */
    record AddTable(Table table) implements SchemaChange {
        public String subject() { return "table " + table.name(); }
    }

    /** Drops a table and its data. */
    record DropTable(Table table) implements SchemaChange {
        public String subject() { return "table " + table.name(); }
    }

    /** {@code ALTER TABLE from RENAME TO to} (same schema). */
    record RenameTable(QualifiedName from, String to) implements SchemaChange {
        public String subject() { return "table " + from; }
        public QualifiedName target() { return new QualifiedName(from.schema(), to); }
    }

    record AddColumn(QualifiedName table, Column column) implements SchemaChange {
        public String subject() { return "column " + table + "." + column.name(); }
    }

    record DropColumn(QualifiedName table, Column column) implements SchemaChange {
        public String subject() { return "column " + table + "." + column.name(); }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "column " + table + "." + from; }
    }

    /** What differs between two versions of a column. */
    enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, IDENTITY, GENERATED, COMMENT }

    /** Changes a column in place; {@code aspects} says what differs between {@code from} and {@code to}. */
    record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) implements SchemaChange {
        public AlterColumn {
            aspects = Collections.unmodifiableSet(aspects.isEmpty() ? EnumSet.noneOf(ColumnAspect.class) : EnumSet.copyOf(aspects));
        }
        public String subject() { return "column " + table + "." + to.name(); }
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
        public String subject() { return "primary key " + table + "." + key.name(); }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
        public String subject() { return "primary key " + table + "." + key.name(); }
    }

    record AddUnique(QualifiedName table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return "unique " + table + "." + unique.name(); }
    }

    record DropUnique(QualifiedName table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return "unique " + table + "." + unique.name(); }
    }

    record AddCheck(QualifiedName table, Check check) implements SchemaChange {
        public String subject() { return "check " + table + "." + check.name(); }
    }

    record DropCheck(QualifiedName table, Check check) implements SchemaChange {
        public String subject() { return "check " + table + "." + check.name(); }
    }

    record AddForeignKey(QualifiedName table, ForeignKey key) implements SchemaChange {
        public String subject() { return "foreign key " + table + "." + key.name(); }
    }

    record DropForeignKey(QualifiedName table, ForeignKey key) implements SchemaChange {
        public String subject() { return "foreign key " + table + "." + key.name(); }
    }

    /** {@code VALIDATE CONSTRAINT} of a foreign key or check added {@code NOT VALID}. */
    record ValidateConstraint(QualifiedName table, String name) implements SchemaChange {
        public String subject() { return "constraint " + table + "." + name; }
    }

    /** Renames a primary key, unique, check or foreign key constraint (and the index behind a key). */
    record RenameConstraint(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "constraint " + table + "." + from; }
    }

    record AddIndex(QualifiedName table, Index index) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + index.name(); }
    }

    record DropIndex(QualifiedName table, Index index) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + index.name(); }
    }

    record RenameIndex(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + from; }
    }

    /** Sets ({@code comment} non-null) or drops the comment of a table. */
    record SetTableComment(QualifiedName table, String comment) implements SchemaChange {
        public String subject() { return "table " + table; }
    }

    /** Sets or drops ({@code comment} null) the comment of an enum type. */
    record SetEnumComment(QualifiedName type, String comment) implements SchemaChange {
        public String subject() { return "enum " + type; }
    }
}
