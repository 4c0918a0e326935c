package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The pieces of one table as the catalog queries return them, assembled into a {@link Table} at the end. */
final class TableParts {

    final QualifiedName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    TableOptions options = TableOptions.DEFAULT;

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** {@code tables.sql}'s persistence, storage, partitioning and row-security columns of the current row. */
    static TableOptions options(ResultSet rs) throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        // an empty ARRAY(...) of arrays comes back one-dimensional
        if (rs.getArray("partitions").getArray() instanceof String[][] pairs) {
            for (String[] pair : pairs) {
                partitions.add(new Partition(pair[0], pair[1]));
            }
        }
        return new TableOptions(rs.getBoolean("unlogged"), ConstraintRows.strings(rs, "storage"), rs.getString("partition_by"),
                partitions, rs.getBoolean("row_security"), rs.getBoolean("force_row_security"));
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }
}
