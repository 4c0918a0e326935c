package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;
import dev.dibs.engine.naming.Printable;

/** Words for changes: a marker (+ added, - removed, ~ changed), the table it belongs to, and its before/after objects. */
public final class ChangeDescriber {

    /** How a change reads in reports. */
    public record Described(char marker, String table, String text, Object before, Object after) {
    }

    private ChangeDescriber() {
    }

    public static Described describe(SchemaChange c) {
        if (c instanceof CreateSchema x) {
            return new Described('+', null, "schema " + x.name(), null, x.name());
        } else if (c instanceof DropSchema x) {
            return new Described('-', null, "schema " + x.name(), x.name(), null);
        } else if (c instanceof CreateEnum x) {
            return new Described('+', null, "enum " + x.type().name() + " " + x.type().labels(), null, x.type());
        } else if (c instanceof DropEnum x) {
            return new Described('-', null, "enum " + x.type().name(), x.type(), null);
        } else if (c instanceof AddEnumValue x) {
            return new Described('+', null, "enum " + x.type() + " value '" + x.label() + "'", null, x.label());
        } else if (c instanceof RenameEnumValue x) {
            return new Described('~', null, "enum " + x.type() + " value '" + x.from() + "' renamed to '" + x.to() + "'", x.from(), x.to());
        } else if (c instanceof RecreateEnum x) {
            return new Described('~', null, "enum " + x.to().name() + " " + x.from().labels() + " -> " + x.to().labels()
                    + " (re-created)", x.from(), x.to());
        } else if (c instanceof AddTable x) {
            return new Described('+', x.table().name().toString(), "table " + x.table().name(), null, x.table());
        } else if (c instanceof DropTable x) {
            return new Described('-', x.table().name().toString(), "table " + x.table().name(), x.table(), null);
        } else if (c instanceof RenameTable x) {
            return new Described('~', x.target().toString(), "table " + x.from() + " renamed to " + x.to(), x.from(), x.target());
        } else if (c instanceof AddColumn x) {
            return new Described('+', x.table().toString(), "column " + x.column().name() + " " + x.column().type().sql(), null, x.column());
        } else if (c instanceof DropColumn x) {
            return new Described('-', x.table().toString(), "column " + x.column().name(), x.column(), null);
        } else if (c instanceof RenameColumn x) {
            return new Described('~', x.table().toString(), "column " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        } else if (c instanceof AlterColumn x) {
            return new Described('~', x.table().toString(), "column " + x.to().name() + " " + x.aspects().stream().map(a -> a.name().toLowerCase())
                    .sorted().toList(), x.from(), x.to());
        } else if (c instanceof AddPrimaryKey x) {
            return new Described('+', x.table().toString(), "primary key " + x.key().name() + " " + x.key().columns(), null, x.key());
        } else if (c instanceof DropPrimaryKey x) {
            return new Described('-', x.table().toString(), "primary key " + x.key().name(), x.key(), null);
        } else if (c instanceof AddUnique x) {
            return new Described('+', x.table().toString(), "unique " + x.unique().name() + " " + x.unique().columns(), null, x.unique());
        } else if (c instanceof DropUnique x) {
            return new Described('-', x.table().toString(), "unique " + x.unique().name(), x.unique(), null);
        } else if (c instanceof AddCheck x) {
            return new Described('+', x.table().toString(), "check " + x.check().name() + " " + x.check().expression(), null, x.check());
        } else if (c instanceof DropCheck x) {
            return new Described('-', x.table().toString(), "check " + x.check().name(), x.check(), null);
        } else if (c instanceof AddForeignKey x) {
            return new Described('+', x.table().toString(), "foreign key " + x.key().name() + " -> " + x.key().referencedTable(), null, x.key());
        } else if (c instanceof DropForeignKey x) {
            return new Described('-', x.table().toString(), "foreign key " + x.key().name(), x.key(), null);
        } else if (c instanceof ValidateConstraint x) {
            return new Described('~', x.table().toString(), "constraint " + x.name() + " validated", null, x.name());
        } else if (c instanceof RenameConstraint x) {
            return new Described('~', x.table().toString(), "constraint " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        } else if (c instanceof AddIndex x) {
            return new Described('+', x.table().toString(), "index " + x.index().name(), null, x.index());
        } else if (c instanceof DropIndex x) {
            return new Described('-', x.table().toString(), "index " + x.index().name(), x.index(), null);
        } else if (c instanceof RenameIndex x) {
            return new Described('~', x.table().toString(), "index " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        } else if (c instanceof SetTableComment x) {
            return new Described('~', x.table().toString(), "comment", null, x.comment());
        } else if (c instanceof SetEnumComment x) {
            return new Described('~', null, "enum " + x.type() + " comment", null, x.comment());
        }
        throw new IllegalStateException("dibs bug: no description for " + c);
    }

    /**
     * What a difference between replayed migrations ({@code current}) and the Java schema
     * ({@code desired}) means, for {@code dibs:check}.
     */
    public static String asMissingFromMigrations(SchemaChange c) {
        Described d = describe(c);
        String where = d.table() == null ? "" : d.table() + ": ";
        // printed on the console: a name holding a newline must not start a line of its own
        return Printable.escape(switch (d.marker()) {
            case '+' -> where + d.text() + " is in the Java schema but no migration creates it";
            case '-' -> where + d.text() + " is created by the migrations but is not in the Java schema";
            default -> where + d.text() + ": the migrations and the Java schema differ";
        });
    }
}
