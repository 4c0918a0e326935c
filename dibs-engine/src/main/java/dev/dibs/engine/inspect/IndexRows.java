package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code indexes.sql} into indexes: keys (columns or expressions) with their order, collation
 * and operator class, then INCLUDE columns, NULLS NOT DISTINCT and storage parameters; and into each
 * index's {@link Fingerprints.IndexPrint}, those behind keys and exclusion constraints included.
 */
final class IndexRows {

    /** {@code INDOPTION_DESC} and {@code INDOPTION_NULLS_FIRST} of {@code pg_index.indoption}. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private IndexRows() {
    }

    static void read(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        // each column found by its name once, then read by number: 4,000 rows at 1,000 tables
        int tableOid = rs.findColumn("table_oid");
        int keyCountColumn = rs.findColumn("key_count");
        int columnNames = rs.findColumn("column_names");
        int quotedNames = rs.findColumn("quoted_names");
        int optionsColumn = rs.findColumn("options");
        int definitionColumn = rs.findColumn("definition");
        int keyTextsColumn = rs.findColumn("key_texts");
        int methodColumn = rs.findColumn("method");
        int isUnique = rs.findColumn("is_unique");
        int predicateColumn = rs.findColumn("predicate");
        int nullsNotDistinctColumn = rs.findColumn("nulls_not_distinct");
        int storageColumn = rs.findColumn("storage");
        int indexName = rs.findColumn("index_name");
        int ofConstraint = rs.findColumn("of_constraint");
        int comment = rs.findColumn("comment");
        int definitionHead = rs.findColumn("definition_head");
        int tablespace = rs.findColumn("tablespace");
        while (rs.next()) {
            TableParts table = tables.get(rs.getLong(tableOid));
            if (table == null) {
                continue;
            }
            int keyCount = rs.getInt(keyCountColumn);
            List<String> names = ArrayColumns.strings(rs, columnNames);
            List<String> quoted = ArrayColumns.strings(rs, quotedNames);
            Integer[] options = ArrayColumns.ints(rs, optionsColumn);
            String definition = rs.getString(definitionColumn);
            // without a definition (nothing but names and sort words to print), a key's text is its quoted name
            List<String> keyTexts = definition == null ? quoted.subList(0, keyCount) : ArrayColumns.strings(rs, keyTextsColumn);
            List<IndexKeyOptions.Options> keyOptions = definition == null
                    ? Collections.nCopies(keyCount, IndexKeyOptions.Options.NONE) : IndexKeyOptions.read(definition, keyTexts);
            String method = rs.getString(methodColumn);
            boolean unique = rs.getBoolean(isUnique);
            String predicate = rs.getString(predicateColumn);
            boolean nullsNotDistinct = rs.getBoolean(nullsNotDistinctColumn);
            List<String> storage = ArrayColumns.strings(rs, storageColumn);
            List<IndexKey> keys = new ArrayList<>();
            List<String> include = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (i < keyCount) {
                    int option = i < options.length && options[i] != null ? options[i] : 0;
                    keys.add(new IndexKey(names.get(i), names.get(i) == null ? keyTexts.get(i) : null,
                            (option & DESC) != 0, (option & NULLS_FIRST) != 0, keyOptions.get(i).opclass(),
                            keyOptions.get(i).collation()));
                } else {
                    include.add(names.get(i));
                }
            }
            String name = rs.getString(indexName);
            if (!rs.getBoolean(ofConstraint)) {
                table.indexes.add(new Index(name, keys, unique, predicate, method, include, nullsNotDistinct, storage,
                        rs.getString(comment)));
            }
            String printed = definition == null
                    ? plainDefinition(method, unique, keys, keyTexts, quoted.subList(keyCount, quoted.size()), nullsNotDistinct, predicate)
                    : withoutHead(definition, rs.getString(definitionHead), unique);
            table.indexPrints.put(name, new Fingerprints.IndexPrint(printed, method, keyTexts,
                    keyOptions.stream().map(IndexKeyOptions.Options::opclass).toList(),
                    keyOptions.stream().map(IndexKeyOptions.Options::collation).toList(),
                    nullsNotDistinct, storage, predicate, rs.getString(tablespace)));
        }
    }

    /** The definition from {@code USING} on, {@code UNIQUE } before it when unique, as fingerprints keep it. */
    private static String withoutHead(String definition, String head, boolean unique) {
        return definition.startsWith(head) ? (unique ? "UNIQUE " : "") + definition.substring(head.length()) : definition;
    }

    /**
     * What {@code pg_get_indexdef} prints from {@code USING} on for an index whose keys are plain
     * columns with their default operator classes and collations and which has no storage parameters
     * (indexes.sql calls it for every other index): the method, the keys with their sort words (for
     * btree, the one built-in method with an order), INCLUDE, NULLS NOT DISTINCT and the predicate.
     */
    static String plainDefinition(String method, boolean unique, List<IndexKey> keys, List<String> keyTexts, List<String> include,
                                  boolean nullsNotDistinct, String predicate) {
        StringBuilder sql = new StringBuilder(unique ? "UNIQUE " : "").append("USING ").append(method).append(" (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(keyTexts.get(i));
            if (method.equals("btree")) {
                IndexKey key = keys.get(i);
                if (key.descending()) {
                    sql.append(" DESC").append(key.nullsFirst() ? "" : " NULLS LAST");
                } else if (key.nullsFirst()) {
                    sql.append(" NULLS FIRST");
                }
            }
        }
        sql.append(')');
        if (!include.isEmpty()) {
            sql.append(" INCLUDE (").append(String.join(", ", include)).append(')');
        }
        if (nullsNotDistinct) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (predicate != null) {
            sql.append(" WHERE ").append(predicate);
        }
        return sql.toString();
    }
}
