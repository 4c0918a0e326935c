package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.Printable;
import java.util.List;

/**
 * A change of an inheritance parent that PostgreSQL refuses, found while diffing, before anything
 * runs: an identity column added to a table that has children; a column renamed or retyped that a
 * table below has from another parent too.
 */
public final class InheritanceRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    /** One line, whatever the names from the database it quotes hold. */
    private InheritanceRefused(String message) {
        super(Printable.escape(message));
    }

    /**
     * A column the plan renames or retypes (also to convert it to an enum type it re-creates) that a
     * table below has from another parent too, which it keeps: PostgreSQL changes it through neither.
     */
    static InheritanceRefused sharedCopy(String what, String verb, List<Inheritance.SharedCopy> shared) {
        String children = String.join(", ", shared.stream().map(s -> s.child() + " has it from " + s.otherParent() + " too").toList());
        return new InheritanceRefused("dibs cannot " + what + ": " + children + ", and PostgreSQL changes a column a table has"
                + " from two parents through neither (\"cannot " + verb + " inherited column\"); so nothing was planned. Take the"
                + " child out of the other parent first (leave that parent out of its @Table(inherits) in one plan, and put it back"
                + " in the next), or make the change in a migration that does the same; then plan again.");
    }

    static InheritanceRefused identityAdded(QualifiedName table, String column, List<QualifiedName> children) {
        return new InheritanceRefused("dibs cannot add identity column " + Identifiers.quote(column) + " to table " + table
                + ": it has inheritance children (" + String.join(", ", children.stream().map(QualifiedName::toString).toList())
                + "), and PostgreSQL adds no identity column to a table with children (an identity is not inherited); so nothing"
                + " was planned. Add it as a column whose default draws from a sequence (@Default(\"nextval('"
                + table.name() + "_" + column + "_seq')\") with that sequence in a SQL file), which the children share, or add"
                + " the identity before the children exist; then plan again.");
    }
}
