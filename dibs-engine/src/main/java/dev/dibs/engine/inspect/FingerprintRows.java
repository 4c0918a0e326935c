package dev.dibs.engine.inspect;

import dev.dibs.engine.model.QualifiedName;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of {@code fingerprints.sql} into {@link Fingerprints}. */
final class FingerprintRows {

    private FingerprintRows() {
    }

    static Fingerprints read(ResultSet rs, Map<Long, TableParts> tablesByOid) throws SQLException {
        Map<QualifiedName, Fingerprints.TablePrint> tables = new HashMap<>();
        Map<Fingerprints.Key, Fingerprints.IndexPrint> indexes = new HashMap<>();
        Map<Fingerprints.Key, Fingerprints.ConstraintPrint> constraints = new HashMap<>();
        while (rs.next()) {
            TableParts table = tablesByOid.get(rs.getLong("table_oid"));
            if (table == null) {
                continue;
            }
            String name = rs.getString("object_name");
            Fingerprints.Key key = new Fingerprints.Key(table.name, name);
            switch (rs.getString("kind")) {
                case "table" -> tables.put(table.name, new Fingerprints.TablePrint(rs.getString("type"), rs.getString("persistence"),
                        strings(rs, "options"), rs.getString("definition"), rs.getString("tablespace")));
                case "index" -> indexes.put(key, new Fingerprints.IndexPrint(rs.getString("definition"), rs.getString("method"),
                        strings(rs, "key_columns"), strings(rs, "operator_classes"), strings(rs, "collations"),
                        rs.getBoolean("nulls_not_distinct"), strings(rs, "options"), rs.getString("predicate"),
                        rs.getString("tablespace")));
                case "constraint" -> constraints.put(key, new Fingerprints.ConstraintPrint(rs.getString("type"),
                        rs.getString("definition"), rs.getBoolean("deferrable"), rs.getBoolean("deferred"),
                        rs.getBoolean("no_inherit"), rs.getString("match_type")));
                default -> throw new IllegalStateException("fingerprints.sql returned a row of unknown kind " + rs.getString("kind"));
            }
        }
        return new Fingerprints(tables, indexes, constraints);
    }

    /** A text array, null entries kept; an absent array is empty. */
    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
