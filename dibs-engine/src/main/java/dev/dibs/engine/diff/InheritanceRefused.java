package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.Printable;
import java.util.List;

/**
 * A change of an inheritance parent that PostgreSQL refuses, found while diffing, before anything
 * runs: an identity column added to a table that has children.
 */
public final class InheritanceRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    /** One line, whatever the names from the database it quotes hold. */
    private InheritanceRefused(String message) {
        super(Printable.escape(message));
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
