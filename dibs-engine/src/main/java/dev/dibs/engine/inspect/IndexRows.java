package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code indexes.sql} into indexes: keys (columns or expressions) with their order, collation
 * and operator class, then INCLUDE columns, NULLS NOT DISTINCT and storage parameters.
 */
final class IndexRows {

    /** {@code INDOPTION_DESC} and {@code INDOPTION_NULLS_FIRST} of {@code pg_index.indoption}. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private IndexRows() {
    }

    static void read(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        while (rs.next()) {
            TableParts table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                continue;
            }
            int keyCount = rs.getInt("key_count");
            List<String> names = ConstraintRows.strings(rs, "column_names");
            List<String> expressions = ConstraintRows.strings(rs, "expressions");
            Integer[] options = (Integer[]) rs.getArray("options").getArray();
            List<IndexKeyOptions.Options> keyOptions = IndexKeyOptions.read(rs.getString("definition"),
                    ConstraintRows.strings(rs, "key_texts"));
            List<IndexKey> keys = new ArrayList<>();
            List<String> include = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (i < keyCount) {
                    int option = options[i] == null ? 0 : options[i];
                    keys.add(new IndexKey(names.get(i), names.get(i) == null ? expressions.get(i) : null,
                            (option & DESC) != 0, (option & NULLS_FIRST) != 0, keyOptions.get(i).opclass(),
                            keyOptions.get(i).collation()));
                } else {
                    include.add(names.get(i));
                }
            }
            table.indexes.add(new Index(rs.getString("index_name"), keys, rs.getBoolean("is_unique"),
                    rs.getString("predicate"), rs.getString("method"), include, rs.getBoolean("nulls_not_distinct"),
                    ConstraintRows.strings(rs, "storage"), rs.getString("comment")));
        }
    }
}
