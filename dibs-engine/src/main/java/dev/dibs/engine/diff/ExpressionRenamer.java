package dev.dibs.engine.diff;

import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;

/**
 * Rewrites column references in an expression after a column rename, the way Postgres's stored
 * expression would print afterwards: every reference to {@code from} (bare or quoted, not a call,
 * not a type after {@code ::}, no part of a qualified name) becomes {@code to}.
 */
final class ExpressionRenamer {

    private ExpressionRenamer() {
    }

    static String rename(String expression, String from, String to) {
        if (expression == null) {
            return null;
        }
        var tokens = SqlTokens.tokenizeWithPositions(expression);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (!t.token().isName() || !t.token().text().equals(from)) {
                continue;
            }
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).token().isSymbol("(");
            boolean afterCastOrDot = i > 0 && (tokens.get(i - 1).token().isSymbol("::") || tokens.get(i - 1).token().isSymbol("."));
            boolean qualifier = i + 1 < tokens.size() && tokens.get(i + 1).token().isSymbol("."); // a schema's or table's name
            if (call || afterCastOrDot || qualifier) {
                continue;
            }
            out.append(expression, copied, t.start()).append(Identifiers.quote(to));
            copied = t.end();
        }
        return out.append(expression.substring(copied)).toString();
    }
}
