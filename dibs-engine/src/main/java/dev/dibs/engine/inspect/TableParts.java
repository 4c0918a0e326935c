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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pieces of one table as the catalog queries return them, assembled into a {@link Table} at the end. */
final class TableParts {

    final QualifiedName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    /** The columns' names by {@code attnum}, for the constraints' column numbers. */
    final Map<Integer, String> columnNames = new HashMap<>();
    /** The same, quoted as {@code quote_ident} quotes them. */
    final Map<Integer, String> quotedNames = new HashMap<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    TableOptions options = TableOptions.DEFAULT;
    /** What PostgreSQL says of the table, its indexes (all, those of keys too) and its constraints. */
    Fingerprints.TablePrint print;
    final Map<String, Fingerprints.IndexPrint> indexPrints = new HashMap<>();
    final Map<String, Fingerprints.ConstraintPrint> constraintPrints = new HashMap<>();

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** {@code tables.sql}'s persistence, storage, partitioning and row-security columns of the current row. */
    static TableOptions options(ResultSet rs) throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        // an empty ARRAY(...) of arrays comes back one-dimensional
        if (!"{}".equals(rs.getString("partitions")) && rs.getArray("partitions").getArray() instanceof String[][] pairs) {
            for (String[] p : pairs) { // name, bound, the partition it belongs to (null: the table), its own key
                partitions.add(new Partition(p[0], p[1], p[2], p[3]));
            }
        }
        List<QualifiedName> inherits = new ArrayList<>();
        // an empty ARRAY(...) of arrays comes back one-dimensional
        if (!"{}".equals(rs.getString("inherits")) && rs.getArray("inherits").getArray() instanceof String[][] pairs) { // schema, name
            for (String[] p : pairs) {
                inherits.add(new QualifiedName(p[0], p[1]));
            }
        }
        return new TableOptions(rs.getBoolean("unlogged"), ArrayColumns.strings(rs, "storage"), rs.getString("partition_by"),
                partitions, rs.getBoolean("row_security"), rs.getBoolean("force_row_security"), inherits);
    }

    /** The names of columns {@code numbers} of this table; a number it has no column for is a dibs bug. */
    List<String> columnNames(Integer[] numbers) {
        return columnNames(numbers, columnNames);
    }

    /** The quoted names of columns {@code numbers} of this table. */
    List<String> quotedNames(Integer[] numbers) {
        return columnNames(numbers, quotedNames);
    }

    private List<String> columnNames(Integer[] numbers, Map<Integer, String> names) {
        List<String> out = new ArrayList<>(numbers.length);
        for (Integer n : numbers) {
            String column = names.get(n);
            if (column == null) {
                throw new IllegalStateException("dibs bug: " + name + " has no column number " + n + " among " + columnNames);
            }
            out.add(column);
        }
        return out;
    }

    /** {@code tables.sql}'s kind, persistence, storage parameters (the table's own), partition key and tablespace. */
    static Fingerprints.TablePrint print(ResultSet rs) throws SQLException {
        return new Fingerprints.TablePrint(rs.getString("kind"), rs.getString("persistence"), ArrayColumns.strings(rs, "options"),
                rs.getString("partition_by"), rs.getString("tablespace"));
    }

    /**
     * The fingerprints of {@code tables}, from what each table's rows gave: made immutable in one
     * pass (thousands of indexes and constraints at 1,000 tables), keys unique by construction (a
     * table's name with the name of one of its indexes or constraints).
     */
    static Fingerprints fingerprints(Iterable<TableParts> tables) {
        List<Map.Entry<QualifiedName, Fingerprints.TablePrint>> prints = new ArrayList<>();
        List<Map.Entry<Fingerprints.Key, Fingerprints.IndexPrint>> indexes = new ArrayList<>();
        List<Map.Entry<Fingerprints.Key, Fingerprints.ConstraintPrint>> constraints = new ArrayList<>();
        for (TableParts t : tables) {
            if (t.print != null) {
                prints.add(Map.entry(t.name, t.print));
            }
            t.indexPrints.forEach((name, print) -> indexes.add(Map.entry(new Fingerprints.Key(t.name, name), print)));
            t.constraintPrints.forEach((name, print) -> constraints.add(Map.entry(new Fingerprints.Key(t.name, name), print)));
        }
        return new Fingerprints(immutable(prints), immutable(indexes), immutable(constraints));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K, V> Map<K, V> immutable(List<Map.Entry<K, V>> entries) {
        return Map.ofEntries(entries.toArray(new Map.Entry[0]));
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }
}
