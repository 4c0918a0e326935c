package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.PostgresNames;
import java.util.List;

/**
 * The index of a unique constraint or primary key that an earlier plan built before its transaction,
 * under a temporary name ({@code <name>_dibs_new}, {@code _dibs_new1}, …), and left when that
 * transaction failed: valid, unique, and no constraint's. The diff would drop it and build the key's
 * index again; it is the key's index already, so the key is made of it ({@code ADD CONSTRAINT …
 * USING INDEX}, which gives it the constraint's name) and it is not dropped. Only an index of exactly
 * the key's definition under one of those names is taken: any other is the database's own business.
 * A primary key is made so only on columns NOT NULL already (else PostgreSQL would set them NOT
 * NULL there, reading every row under the ACCESS EXCLUSIVE lock).
 */
final class LeftoverKeyIndexes {

    /** The suffixes {@code render/ConcurrentBuilds} gives a temporary name: {@code dibs_new}, then {@code dibs_new1}, …. */
    private static final String LABEL = "dibs_new";
    private static final int TRIED = 10;

    private LeftoverKeyIndexes() {
    }

    /** Replaces in {@code changes} (one table's) each key addition and the drop of its leftover index by the addition made of it. */
    static void adopt(Table current, List<SchemaChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            SchemaChange c = changes.get(i);
            DropIndex leftover = null;
            if (c instanceof AddUnique a && a.usingIndex() == null) {
                leftover = find(changes, a.unique().name(), a.unique().columns(), a.unique().include(), a.unique().nullsNotDistinct(),
                        a.unique().options());
                if (leftover != null) {
                    changes.set(i, new AddUnique(a.table(), a.unique(), leftover.index().name()));
                }
            } else if (c instanceof AddPrimaryKey a && a.usingIndex() == null && notNull(current, a.key().columns())) {
                leftover = find(changes, a.key().name(), a.key().columns(), a.key().include(), false, a.key().options());
                if (leftover != null) {
                    changes.set(i, new AddPrimaryKey(a.table(), a.key(), leftover.index().name()));
                }
            }
            if (leftover != null) {
                int at = changes.indexOf(leftover);
                changes.remove(at);
                if (at < i) {
                    i--;
                }
            }
        }
    }

    /** The drop, among {@code changes}, of a leftover index of the key {@code name} with exactly its definition; else null. */
    private static DropIndex find(List<SchemaChange> changes, String name, List<String> columns, List<String> include,
                                  boolean nullsNotDistinct, List<String> options) {
        for (SchemaChange c : changes) {
            if (c instanceof DropIndex d && temporaryNameOf(d.index().name(), name) && keyIndex(d.index(), columns, include,
                    nullsNotDistinct, options)) {
                return d;
            }
        }
        return null;
    }

    private static boolean temporaryNameOf(String index, String key) {
        for (int n = 0; n < TRIED; n++) {
            if (index.equals(PostgresNames.makeObjectName(key, null, n == 0 ? LABEL : LABEL + n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code i} is the index {@code ADD CONSTRAINT … UNIQUE (columns) INCLUDE (include) WITH (options)} builds. */
    private static boolean keyIndex(Index i, List<String> columns, List<String> include, boolean nullsNotDistinct, List<String> options) {
        return i.unique() && i.predicate() == null && (i.method() == null || i.method().equals("btree"))
                && i.keys().stream().map(IndexKey::column).toList().equals(columns)
                && i.keys().stream().allMatch(k -> !k.isExpression() && !k.descending() && !k.nullsFirst() && k.opclass() == null
                        && k.collation() == null)
                && i.include().equals(include) && i.nullsNotDistinct() == nullsNotDistinct && i.options().equals(options);
    }

    private static boolean notNull(Table current, List<String> columns) {
        return columns.stream().allMatch(c -> current.column(c).map(col -> !col.nullable()).orElse(false));
    }
}
