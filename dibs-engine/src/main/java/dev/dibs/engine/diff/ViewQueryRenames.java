package dev.dibs.engine.diff;

import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.View;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Positioned;
import java.util.List;
import java.util.Optional;

/**
 * The query PostgreSQL prints for a view or materialized view after a table or column it reads is
 * renamed: it stores the query by reference, so the view keeps working and prints the new names (a
 * column renamed under an output column keeps that column's name: {@code credit AS balance}).
 * Knowing that text, a plan that renames a table or column leaves a view that still reads as
 * desired alone, rather than replacing it (or building a materialized view's rows again).
 *
 * <p>Told only for the simple queries whose text can be followed token by token without a parser:
 * one {@code SELECT} over the renamed table alone (no subquery, join, set operation or {@code WITH}).
 * Any other query is empty: the plan then sets the view's query as desired, as it always did, which
 * is never wrong, only more work. For the differ (the database's views, seen after the plan's
 * renames) and the simulation alike, so that both agree on the text.
 */
public final class ViewQueryRenames {

    private ViewQueryRenames() {
    }

    /** The query after table {@code from} became {@code to}, for a query reading {@code relations}; empty when not told. */
    public static Optional<String> tableRenamed(String query, List<QualifiedName> relations, QualifiedName from, QualifiedName to) {
        if (!relations.equals(List.of(from)) || !simple(query)) {
            return Optional.empty();
        }
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(query);
        StringBuilder out = new StringBuilder(query.length() + 16);
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!is(tokens, i, from.name())) {
                continue;
            }
            boolean relation = i >= 2 && tokens.get(i - 1).token().isSymbol(".") && is(tokens, i - 2, from.schema())
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).token().isSymbol("."));
            boolean qualifier = (i == 0 || !tokens.get(i - 1).token().isSymbol(".") && !tokens.get(i - 1).token().isSymbol("::"))
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).token().isSymbol(".") && !(i + 3 < tokens.size() && tokens.get(i + 3).token().isSymbol("("));
            if (!relation && !qualifier) {
                return Optional.empty(); // the name in another role (a whole-row reference, an alias): not told
            }
            out.append(query, copied, tokens.get(i).start()).append(Identifiers.quote(to.name()));
            copied = tokens.get(i).end();
        }
        return Optional.of(out.append(query, copied, query.length()).toString());
    }

    /** The query after column {@code from} of {@code table} became {@code to}, for a query reading {@code relations}; empty when not told. */
    public static Optional<String> columnRenamed(String query, List<QualifiedName> relations, QualifiedName table, String from, String to) {
        if (!relations.equals(List.of(table)) || !simple(query)) {
            return Optional.empty();
        }
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(query);
        int select = indexOf(tokens, "select", 0);
        int fromAt = topLevel(tokens, "from", select + 1);
        // FROM schema . table [alias]: the relation itself is no column reference
        if (select < 0 || fromAt < 0 || tokens.get(select + 1).token().isKeyword("distinct") || fromAt + 3 >= tokens.size()
                || !tokens.get(fromAt + 2).token().isSymbol(".") || fromAt + 4 < tokens.size() && is(tokens, fromAt + 4, from)) {
            return Optional.empty();
        }
        // the name the query's columns are qualified by (PostgreSQL 15 and older print them so): its alias, or the table
        SqlTokens.Token next = fromAt + 4 < tokens.size() ? tokens.get(fromAt + 4).token() : null;
        String refname = next != null && next.isName() && !CLAUSES.contains(next.text()) ? next.text() : tokens.get(fromAt + 3).token().text();
        StringBuilder out = new StringBuilder(query.length() + 16);
        int copied = 0;
        int itemStart = select + 1;
        int depth = 0;
        for (int i = select + 1; i < fromAt; i++) { // the select list, item by item
            SqlTokens.Token t = tokens.get(i).token();
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            boolean last = i == fromAt - 1;
            if (depth == 0 && t.isSymbol(",") || last) {
                int itemEnd = last ? fromAt : i; // exclusive
                Optional<String> item = item(query, tokens, itemStart, itemEnd, from, to, refname);
                if (item == null) {
                    return Optional.empty();
                }
                if (item.isPresent()) {
                    out.append(query, copied, tokens.get(itemStart).start()).append(item.get());
                    copied = tokens.get(itemEnd - 1).end();
                }
                itemStart = i + 1;
            }
        }
        for (int i = fromAt + 4; i < tokens.size(); i++) { // WHERE, GROUP BY, HAVING, ORDER BY
            if (!isColumn(tokens, i, from)) {
                continue;
            }
            Boolean reference = reference(tokens, i, refname);
            if (reference == null) {
                return Optional.empty();
            }
            if (reference) {
                out.append(query, copied, tokens.get(i).start()).append(Identifiers.quote(to));
                copied = tokens.get(i).end();
            }
        }
        return Optional.of(out.append(query, copied, query.length()).toString());
    }

    /** {@code v} after table {@code from} became {@code to}: what it reads, and its query when told. */
    public static View tableRenamed(View v, QualifiedName from, QualifiedName to) {
        View read = v.reading(v.relations().stream().map(RenamedReads.relation(from, to)).toList(),
                v.uses().stream().map(RenamedReads.columnOfTable(from, to)).toList());
        return tableRenamed(v.definition(), v.relations(), from, to).map(q -> withQuery(read, q)).orElse(read);
    }

    /** {@code v} after column {@code from} of {@code table} became {@code to}: what it reads, and its query when told. */
    public static View columnRenamed(View v, QualifiedName table, String from, String to) {
        View read = v.reading(v.relations(), v.uses().stream().map(RenamedReads.column(table, from, to)).toList());
        return columnRenamed(v.definition(), v.relations(), table, from, to).map(q -> withQuery(read, q)).orElse(read);
    }

    /** {@code v} after table {@code from} became {@code to}: what it reads, and its query when told. */
    public static MaterializedView tableRenamed(MaterializedView v, QualifiedName from, QualifiedName to) {
        MaterializedView read = v.reading(v.relations().stream().map(RenamedReads.relation(from, to)).toList(),
                v.uses().stream().map(RenamedReads.columnOfTable(from, to)).toList());
        return tableRenamed(v.definition(), v.relations(), from, to).map(q -> withQuery(read, q)).orElse(read);
    }

    /** {@code v} after column {@code from} of {@code table} became {@code to}: what it reads, and its query when told. */
    public static MaterializedView columnRenamed(MaterializedView v, QualifiedName table, String from, String to) {
        MaterializedView read = v.reading(v.relations(), v.uses().stream().map(RenamedReads.column(table, from, to)).toList());
        return columnRenamed(v.definition(), v.relations(), table, from, to).map(q -> withQuery(read, q)).orElse(read);
    }

    /** {@code v} reading {@code query} instead (after a rename). */
    public static MaterializedView withQuery(MaterializedView v, String query) {
        return new MaterializedView(v.name(), query, v.columns(), v.withData(), v.indexes(), v.options(), v.relations(), v.uses(),
                v.comment(), v.functions());
    }

    /** {@code v} reading {@code query} instead (after a rename). */
    public static View withQuery(View v, String query) {
        return new View(v.name(), query, v.columns(), v.options(), v.relations(), v.uses(), v.comment(), v.functions());
    }

    /**
     * A select-list item (tokens {@code [start, end)}) after the rename: its text when it changes,
     * empty when it does not, null when it cannot be told. A bare reference to the column keeps its
     * output name ({@code credit AS balance}); one named as the column's new name loses the alias
     * PostgreSQL no longer prints.
     */
    private static Optional<String> item(String query, List<Positioned> tokens, int start, int end, String from, String to,
                                         String refname) {
        int as = -1;
        for (int i = start; i < end; i++) {
            if (tokens.get(i).token().isKeyword("as")) {
                as = i;
            }
        }
        int exprEnd = as < 0 ? end : as;
        boolean bare = exprEnd - start == 1 && isColumn(tokens, start, from)
                || exprEnd - start == 3 && tokens.get(start).token().isName() && tokens.get(start + 1).token().isSymbol(".")
                && isColumn(tokens, start + 2, from);
        StringBuilder text = new StringBuilder();
        int copied = tokens.get(start).start();
        boolean changed = false;
        for (int i = start; i < exprEnd; i++) {
            if (!isColumn(tokens, i, from)) {
                continue;
            }
            Boolean reference = reference(tokens, i, refname);
            if (reference == null) {
                return null;
            }
            if (reference) {
                text.append(query, copied, tokens.get(i).start()).append(Identifiers.quote(to));
                copied = tokens.get(i).end();
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        if (bare && as < 0) { // the output column keeps its name
            text.append(query, copied, tokens.get(exprEnd - 1).end()).append(" AS ").append(Identifiers.quote(from));
        } else if (bare && as == end - 2 && isColumn(tokens, end - 1, to)) { // the alias now names the column itself
            text.append(query, copied, tokens.get(exprEnd - 1).end());
        } else {
            text.append(query, copied, tokens.get(end - 1).end());
        }
        return Optional.of(text.toString());
    }

    /**
     * Whether the name at {@code i} (the renamed column's old name) is a reference to that column:
     * not a call, a named argument ({@code name => …}), a type after {@code ::} or an alias after {@code AS}; null when it
     * cannot be told (a qualifier of that name, a name qualified by anything but the table's reference
     * name: a schema-qualified type, a composite column's field).
     */
    private static Boolean reference(List<Positioned> tokens, int i, String refname) {
        boolean call = i + 1 < tokens.size() && tokens.get(i + 1).token().isSymbol("(");
        boolean namedArgument = i + 2 < tokens.size() && tokens.get(i + 1).token().isSymbol("=") && tokens.get(i + 2).token().isSymbol(">");
        SqlTokens.Token before = i > 0 ? tokens.get(i - 1).token() : null;
        if (call || namedArgument || before != null && (before.isSymbol("::") || before.isKeyword("as"))) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).token().isSymbol(".")) {
            return null; // a qualifier of that name
        }
        if (before != null && before.isSymbol(".")) { // the table's column (t.balance), or else not told: a type, a field
            boolean qualified = i >= 2 && tokens.get(i - 2).token().isName() && tokens.get(i - 2).token().text().equals(refname)
                    && (i < 3 || !tokens.get(i - 3).token().isSymbol("."));
            return qualified ? Boolean.TRUE : null;
        }
        return true;
    }

    /**
     * One SELECT, no subquery, join, set operation or WITH, and none of the constructs where PostgreSQL
     * prints a bare word that is no name ({@code EXTRACT(day FROM …)}, {@code interval day}, {@code
     * XMLELEMENT(NAME day …)}, {@code COLLATE}, {@code NORMALIZE(…, NFC)}): every name can be followed by its tokens.
     */
    private static boolean simple(String query) {
        int selects = 0;
        for (SqlTokens.Token t : SqlTokens.tokenize(query)) {
            if (t.isKeyword("select")) {
                selects++;
            }
            if (t.kind() == SqlTokens.Kind.IDENTIFIER && (NOT_SIMPLE.contains(t.text()) || t.text().startsWith("xml"))) {
                return false;
            }
        }
        return selects == 1;
    }

    private static final java.util.Set<String> NOT_SIMPLE = java.util.Set.of("join", "with", "union", "intersect", "except",
            "lateral", "values", "extract", "interval", "collate", "normalize", "normalized", "overlay", "trim", "substring",
            "position");

    /** The words that may follow {@code FROM schema.table}, where an alias would stand. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("where", "group", "having", "window", "order", "limit",
            "offset", "fetch", "for", "tablesample");

    /**
     * Whether the token at {@code i} names the column {@code name} as PostgreSQL prints it: quoted
     * when the name needs quotes, bare otherwise (so the keyword {@code true} is no column {@code "true"}).
     */
    private static boolean isColumn(List<Positioned> tokens, int i, String name) {
        SqlTokens.Token t = tokens.get(i).token();
        boolean quoted = !Identifiers.quote(name).equals(name);
        return t.text().equals(name) && (quoted ? t.kind() == SqlTokens.Kind.QUOTED_IDENTIFIER : t.kind() == SqlTokens.Kind.IDENTIFIER);
    }

    private static boolean is(List<Positioned> tokens, int i, String name) {
        SqlTokens.Token t = tokens.get(i).token();
        return t.isName() && t.text().equals(name);
    }

    private static int indexOf(List<Positioned> tokens, String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).token().isKeyword(keyword)) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevel(List<Positioned> tokens, String keyword, int from) {
        int depth = 0;
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i).token();
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && t.isKeyword(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
