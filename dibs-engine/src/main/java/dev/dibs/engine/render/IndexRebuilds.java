package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.ExpressionNames;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The indexes PostgreSQL builds again when a column changes type without a rewrite (between
 * binary-compatible types, a domain and its base type): it keeps an index without expressions and
 * predicate, but builds again each that has one and uses the column anywhere, exclusion constraints
 * alike (checked with {@code pg_relation_filenode} on PostgreSQL 17). It keeps an index only under
 * the same operator class, though, and under a polymorphic one ({@code enum_ops}, {@code array_ops},
 * {@code range_ops}) only for the same type: {@code bit} to {@code bit varying}, or a domain over an
 * enum to the enum, builds every index, key and unique constraint on the column again
 * ({@link TypeChanges#rebuildsKeyIndexes}); an index of another method than btree (GIN, hash) on an
 * array builds again when the elements lose or change their length or precision
 * ({@code varchar(20)[]} to {@code varchar[]}, {@code numeric(5,2)[]} to {@code numeric[]}), where a
 * btree index is kept. On a partitioned table every index using the column is built again, in each
 * partition ({@link #usedByKept}). A rewrite builds every index of the table anyway.
 */
final class IndexRebuilds {

    private IndexRebuilds() {
    }

    /**
     * The columns ({@code schema.table.column}, desired names) of indexes and exclusion constraints
     * (and keys and unique constraints, whose indexes they are) the database has and the desired state
     * keeps (by name, after the plan's renames: an index's name is its schema's), the plan dropping
     * them at no point: those their expressions or predicates read, and their key columns.
     */
    static IndexedColumns columns(Schema current, Schema desired, List<SchemaChange> ordered) {
        Set<String> existing = new HashSet<>();
        for (Table t : current.tables()) {
            t.indexes().forEach(i -> existing.add(t.name().schema() + "." + i.name()));
            t.exclusions().forEach(x -> existing.add(t.name().schema() + "." + x.name()));
        }
        for (Table t : current.tables()) { // a key's and a unique constraint's index is named as the constraint
            if (t.primaryKey() != null) {
                existing.add(t.name().schema() + "." + t.primaryKey().name());
            }
            t.uniques().forEach(u -> existing.add(t.name().schema() + "." + u.name()));
        }
        for (SchemaChange c : ordered) {
            if (c instanceof SchemaChange.DropPrimaryKey d) {
                existing.remove(d.table().schema() + "." + d.key().name());
            } else if (c instanceof SchemaChange.DropUnique d) {
                existing.remove(d.table().schema() + "." + d.unique().name());
            } else if (c instanceof SchemaChange.DropIndex d) { // one the plan drops (to add it back) is built by its own statement
                existing.remove(d.table().schema() + "." + d.index().name());
            } else if (c instanceof SchemaChange.DropExclusion d) {
                existing.remove(d.table().schema() + "." + d.exclusion().name());
            } else if (c instanceof SchemaChange.RenameIndex r && existing.remove(r.table().schema() + "." + r.from())) {
                existing.add(r.table().schema() + "." + r.to()); // kept under its new name
            } else if (c instanceof SchemaChange.RenameConstraint r && existing.remove(r.table().schema() + "." + r.from())) {
                existing.add(r.table().schema() + "." + r.to());
            }
        }
        Set<String> out = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> otherMethodKeys = new HashSet<>();
        for (Table t : desired.tables()) {
            for (Column column : t.columns()) {
                String name = column.name();
                boolean rebuilt = t.indexes().stream().anyMatch(i -> existing.contains(t.name().schema() + "." + i.name())
                        && rebuiltWith(i, name))
                        || t.exclusions().stream().anyMatch(x -> existing.contains(t.name().schema() + "." + x.name())
                        && rebuiltWith(x, name))
                        || t.options().partitionBy() != null && usedByKept(t, name, existing);
                if (rebuilt) {
                    out.add(t.name() + "." + name);
                }
                if (keyed(t, name, existing)) {
                    keys.add(t.name() + "." + name);
                }
                if (t.indexes().stream().anyMatch(i -> !i.method().equals("btree") && existing.contains(t.name().schema() + "." + i.name())
                        && i.keys().stream().anyMatch(k -> !k.isExpression() && k.column().equals(name)))) {
                    otherMethodKeys.add(t.name() + "." + name);
                }
            }
        }
        return new IndexedColumns(out, keys, otherMethodKeys);
    }

    /**
     * Whether an index, key, unique or exclusion constraint the database has and keeps uses
     * {@code column} anywhere (a key, an INCLUDE column, an expression, the predicate): on a
     * partitioned table PostgreSQL makes each such index again, and a partitioned index has no storage
     * to reuse, so every partition's copy is built again whatever the type change (checked with
     * {@code pg_relation_filenode} on PostgreSQL 17: {@code varchar(20)} to {@code varchar(40)}).
     */
    private static boolean usedByKept(Table t, String column, Set<String> existing) {
        String schema = t.name().schema() + ".";
        List<String> columns = List.of(column);
        PrimaryKey key = t.primaryKey();
        return key != null && existing.contains(schema + key.name()) && (key.columns().contains(column) || key.include().contains(column))
                || t.uniques().stream().anyMatch(u -> existing.contains(schema + u.name())
                        && (u.columns().contains(column) || u.include().contains(column)))
                || t.indexes().stream().anyMatch(i -> existing.contains(schema + i.name()) && i.uses(columns))
                || t.exclusions().stream().anyMatch(x -> existing.contains(schema + x.name()) && ExpressionNames.reads(x.definition(), columns));
    }

    /**
     * Whether {@code column} is a key column of an index, exclusion constraint, key or unique constraint
     * the database has and keeps (an {@code INCLUDE} column has no operator class: on a plain table
     * PostgreSQL keeps such an index whatever its type becomes, without a rewrite; on a partitioned one
     * {@link #usedByKept} says every index is built again).
     */
    private static boolean keyed(Table t, String column, Set<String> existing) {
        String schema = t.name().schema() + ".";
        PrimaryKey key = t.primaryKey();
        return key != null && existing.contains(schema + key.name()) && key.columns().contains(column)
                || t.uniques().stream().anyMatch(u -> existing.contains(schema + u.name()) && u.columns().contains(column))
                || t.indexes().stream().anyMatch(i -> existing.contains(schema + i.name())
                        && i.keys().stream().anyMatch(k -> !k.isExpression() && k.column().equals(column)))
                || t.exclusions().stream().anyMatch(x -> existing.contains(schema + x.name())
                        && ExpressionNames.reads(x.definition(), List.of(column)));
    }

    /**
     * Whether PostgreSQL builds the index again when {@code column} changes type without a rewrite:
     * it reuses only an index with no expression and no predicate, so one that has either and uses
     * the column anywhere (a key, an INCLUDE column, an expression, the predicate) is built again.
     */
    static boolean rebuiltWith(Index index, String column) {
        boolean plain = index.predicate() == null && index.keys().stream().noneMatch(IndexKey::isExpression);
        if (plain) {
            return false;
        }
        return index.uses(List.of(column));
    }

    /** As {@link #rebuiltWith(Index, String)} for an exclusion constraint: one with an element other than a bare column, or a WHERE. */
    static boolean rebuiltWith(Exclusion exclusion, String column) {
        return ExpressionNames.reads(exclusion.definition(), List.of(column)) && !onlyBareColumns(exclusion);
    }

    /**
     * Whether the exclusion constraint ({@code EXCLUDE USING gist (c WITH =, lower(d) WITH =) INCLUDE (e)
     * WHERE (…)}, as {@code pg_get_constraintdef} prints it) has bare columns only as its elements
     * (an operator class or order may follow each), and no WHERE.
     */
    static boolean onlyBareColumns(Exclusion exclusion) {
        List<Token> tokens = SqlTokens.tokenize(exclusion.definition());
        int depth = 0;
        boolean inElements = false;
        boolean seenElements = false;
        boolean elementStart = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (depth == 0 && t.isKeyword("where")) {
                return false;
            }
            if (t.isSymbol("(")) {
                if (depth == 0 && !seenElements) {
                    inElements = true;
                    seenElements = true;
                    elementStart = true;
                    depth++;
                    continue;
                }
                if (inElements && depth == 1) {
                    return false; // a call or a parenthesised expression among the elements
                }
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    inElements = false;
                }
            } else if (inElements && depth == 1) {
                if (t.isSymbol(",")) {
                    elementStart = true;
                } else if (elementStart) {
                    if (!t.isName()) {
                        return false;
                    }
                    elementStart = false;
                }
            }
        }
        return true;
    }
}
