package dev.dibs.engine.load;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Positioned;
import java.util.List;

/**
 * What a {@code CREATE MATERIALIZED VIEW} declaration says beside its query: the name it gives and
 * whether it asks for the rows at once ({@code WITH DATA}, PostgreSQL's default) or not; and the
 * statement rewritten to be built {@code WITH NO DATA}, as the scratch database builds every one.
 */
public final class MaterializedViewStatement {

    private MaterializedViewStatement() {
    }

    /** The statement with its own WITH [NO] DATA replaced by WITH NO DATA. */
    public static String withNoData(String sql) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int cut = dataClauseStart(tokens);
        // up to the end of its last token (a trailing -- comment would swallow the clause), then on a line of its own
        String query = cut >= 0 ? sql.substring(0, tokens.get(cut).start()).stripTrailing()
                : tokens.isEmpty() ? sql : sql.substring(0, tokens.get(tokens.size() - 1).end());
        return query + "\nWITH NO DATA";
    }

    /** Whether the statement asks for the rows at once: {@code WITH DATA}, or no clause (PostgreSQL's default). */
    public static boolean declaresData(String sql) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int cut = dataClauseStart(tokens);
        return cut < 0 || !tokens.get(cut + 1).token().isKeyword("no");
    }

    /** The name {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS]} gives, in the first managed schema when unqualified. */
    public static QualifiedName name(String sql, List<String> namespaces) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int i = 3; // create materialized view
        if (i + 2 < tokens.size() && tokens.get(i).token().isKeyword("if")) {
            i += 3;
        }
        String first = tokens.get(i).token().text();
        if (i + 2 < tokens.size() && tokens.get(i + 1).token().isSymbol(".") && tokens.get(i + 2).token().isName()) {
            return new QualifiedName(first, tokens.get(i + 2).token().text());
        }
        return new QualifiedName(namespaces.get(0), first);
    }

    /** The index of the {@code WITH} of a trailing {@code WITH [NO] DATA}, or -1. */
    private static int dataClauseStart(List<Positioned> tokens) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(n - 1).token().isKeyword("data")) {
            if (tokens.get(n - 2).token().isKeyword("with")) {
                return n - 2;
            }
            if (n >= 3 && tokens.get(n - 2).token().isKeyword("no") && tokens.get(n - 3).token().isKeyword("with")) {
                return n - 3;
            }
        }
        return -1;
    }
}
