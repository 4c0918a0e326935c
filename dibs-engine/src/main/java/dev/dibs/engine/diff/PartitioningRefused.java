package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.QualifiedName;

/**
 * A difference in partitioning that PostgreSQL cannot make in place, found while diffing, before
 * anything runs: a table's partition key changes, or a table turns from plain to partitioned or
 * back; or a declared partition would overlap an existing partition nobody declared; or a column of
 * the key would change type.
 */
public final class PartitioningRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    /** One line, whatever the names and labels from the database it quotes hold. */
    private PartitioningRefused(String message) {
        super(Printable.escape(message));
    }

    static PartitioningRefused keyChange(QualifiedName table, String current, String desired) {
        return new PartitioningRefused("dibs cannot change the partitioning of table " + table + ": the database has it "
                + key(current) + ", the desired state " + key(desired) + ". PostgreSQL cannot change a table's partition key, nor turn"
                + " a plain table into a partitioned one or back, in place; so nothing was planned. Either keep the partitioning the"
                + " database has (" + key(current) + "), or move the rows in a migration: create a table under another name with"
                + " the partitioning wanted, copy the rows into it, drop " + table + " and rename the new table to "
                + table.name() + "; then plan again.");
    }

    static PartitioningRefused overlap(QualifiedName table, Partition declared, Partition undeclared) {
        return new PartitioningRefused("dibs cannot create partition " + table.schema() + "." + declared.name() + " of " + table
                + " (" + declared.bound() + "): the partition " + table.schema() + "." + undeclared.name()
                + " already has that bound, and no declaration names it, so PostgreSQL would refuse the new one as overlapping;"
                + " so nothing was planned. If it is the same partition under its old name, rename it in the database (ALTER TABLE "
                + table.schema() + "." + undeclared.name() + " RENAME TO " + declared.name() + "), or declare it under the name it"
                + " has; then plan again.");
    }

    static PartitioningRefused undeclaredBelow(QualifiedName table, Partition undeclared, String above) {
        return new PartitioningRefused("dibs cannot create partition " + table.schema() + "." + above + " of " + table
                + " again as declared: dropping it would drop the partition " + table.schema() + "." + undeclared.name()
                + " below it, which no declaration names (made by hand or by a tool such as pg_partman), and dibs never drops"
                + " such a partition; so nothing was planned. Declare " + undeclared.name() + " with @Partition(name = \""
                + undeclared.name() + "\", of = …), or detach or drop it yourself (ALTER TABLE "
                + Identifiers.quote(table.schema(), undeclared.of() == null ? table.name() : undeclared.of()) + " DETACH PARTITION "
                + Identifiers.quote(table.schema(), undeclared.name()) + "); then plan again.");
    }

    static PartitioningRefused keyColumnRetyped(QualifiedName table, String key, String column, String from, String to) {
        return new PartitioningRefused("dibs cannot change the type of column " + table + "." + column + " from " + from + " to "
                + to + ": it is in the partition key of table " + table + " (PARTITION BY " + key + "), and PostgreSQL cannot"
                + " alter the type of a partition key's column; so nothing was planned. Either keep its type " + from
                + ", or move the rows in a migration: create a table under another name with the type wanted, copy the rows"
                + " into it, drop " + table + " and rename the new table to " + table.name() + "; then plan again.");
    }

    static PartitioningRefused keyColumnOfRecreatedEnum(QualifiedName table, String key, String column, EnumType from, EnumType to) {
        return new PartitioningRefused("dibs cannot change the labels of the enum type " + to.name() + " from " + from.labels()
                + " to " + to.labels() + ": labels removed or reordered make dibs create the type again and convert its columns,"
                + " and column " + table + "." + column + " is in the partition key of table " + table + " (PARTITION BY " + key
                + "), whose type PostgreSQL cannot alter; so nothing was planned. Either keep the existing labels in their order"
                + " (new labels can be added anywhere), or first take the column out of the partition key in a migration (a new"
                + " table partitioned otherwise, the rows copied into it); then plan again.");
    }

    private static String key(String key) {
        return key == null ? "not partitioned" : "PARTITION BY " + key;
    }
}
