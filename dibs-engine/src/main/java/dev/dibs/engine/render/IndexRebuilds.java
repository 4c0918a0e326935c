package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
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
 * binary-compatible types, a domain and its base type): it keeps an index on the bare column, but
 * builds again each whose expression or predicate reads it, exclusion constraints alike (checked with
 * {@code pg_relation_filenode} on PostgreSQL 17). A rewrite builds every index of the table anyway.
 */
final class IndexRebuilds {

    private IndexRebuilds() {
    }

    /**
     * The columns ({@code schema.table.column}, desired names) read by an expression or a predicate
     * of an index or exclusion constraint the database has and the desired state keeps, the plan
     * dropping it at no point (by name: an index's name is its schema's): those whose retype makes
     * PostgreSQL build them again.
     */
    static Set<String> columns(Schema current, Schema desired, List<SchemaChange> ordered) {
        Set<String> existing = new HashSet<>();
        for (Table t : current.tables()) {
            t.indexes().forEach(i -> existing.add(t.name().schema() + "." + i.name()));
            t.exclusions().forEach(x -> existing.add(t.name().schema() + "." + x.name()));
        }
        for (SchemaChange c : ordered) { // one the plan drops (to add it back) is built by its own statement
            if (c instanceof SchemaChange.DropIndex d) {
                existing.remove(d.table().schema() + "." + d.index().name());
            } else if (c instanceof SchemaChange.DropExclusion d) {
                existing.remove(d.table().schema() + "." + d.exclusion().name());
            }
        }
        Set<String> out = new HashSet<>();
        for (Table t : desired.tables()) {
            List<String> names = t.columns().stream().map(c -> c.name()).toList();
            for (String column : names) {
                boolean rebuilt = t.indexes().stream().anyMatch(i -> existing.contains(t.name().schema() + "." + i.name())
                        && readsByExpression(i, column))
                        || t.exclusions().stream().anyMatch(x -> existing.contains(t.name().schema() + "." + x.name())
                        && readsByExpression(x, column));
                if (rebuilt) {
                    out.add(t.name() + "." + column);
                }
            }
        }
        return out;
    }

    static boolean readsByExpression(Index index, String column) {
        return ExpressionNames.reads(index.predicate(), List.of(column))
                || index.keys().stream().filter(IndexKey::isExpression).anyMatch(k -> ExpressionNames.reads(k.expression(), List.of(column)));
    }

    /**
     * Whether the exclusion constraint ({@code EXCLUDE USING gist (c WITH =, lower(d) WITH =) INCLUDE (e)
     * WHERE (…)}, as {@code pg_get_constraintdef} prints it) reads {@code column} other than as a bare
     * element or an included column.
     */
    static boolean readsByExpression(Exclusion exclusion, String column) {
        List<Token> tokens = SqlTokens.tokenize(exclusion.definition());
        int depth = 0;
        String group = null; // of the parenthesis at depth 1: "elements", "include" or another
        boolean seenElements = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                if (depth++ == 0) {
                    boolean include = i > 0 && tokens.get(i - 1).isKeyword("include");
                    group = include ? "include" : seenElements ? "other" : "elements";
                    seenElements = true;
                }
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (t.isName() && t.text().equals(column) && depth > 0
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("("))) {
                boolean bare = depth == 1 && ("include".equals(group)
                        || "elements".equals(group) && (tokens.get(i - 1).isSymbol("(") || tokens.get(i - 1).isSymbol(",")));
                if (!bare) {
                    return true;
                }
            }
        }
        return false;
    }
}
