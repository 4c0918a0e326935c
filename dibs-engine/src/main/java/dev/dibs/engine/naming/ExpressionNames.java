package dev.dibs.engine.naming;

import dev.dibs.engine.naming.SqlTokens.Kind;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What Postgres derives from an expression when it names the object that holds it. */
public final class ExpressionNames {

    private ExpressionNames() {
    }

    /**
     * The name Postgres gives an index expression column ({@code FigureIndexColname}): a function
     * call gives the function's name ({@code lower(email)} → {@code lower}), a column reference its
     * name, a cast of something unnamed the type's name, anything else {@code expr}.
     */
    public static String indexExpressionName(String expression) {
        List<Token> tokens = stripOuterParentheses(SqlTokens.tokenize(expression));
        String name = figure(tokens);
        return name == null ? "expr" : name;
    }

    private static String figure(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        int castAt = topLevelCast(tokens);
        if (castAt > 0) {
            String inner = figure(stripOuterParentheses(tokens.subList(0, castAt)));
            if (inner != null) {
                return inner;
            }
            List<Token> type = tokens.subList(castAt + 1, tokens.size());
            String typeName = null;
            for (Token t : type) {
                if (t.isName()) {
                    typeName = t.text();
                } else if (!t.isSymbol(".")) {
                    break;
                }
            }
            return typeName;
        }
        Token first = tokens.get(0);
        if (first.isKeyword("case")) {
            return "case";
        }
        if (first.isName()) {
            int i = 1;
            String last = first.text();
            while (i + 1 < tokens.size() && tokens.get(i).isSymbol(".") && tokens.get(i + 1).isName()) {
                last = tokens.get(i + 1).text();
                i += 2;
            }
            if (i == tokens.size()) {
                return last; // a column reference
            }
            if (tokens.get(i).isSymbol("(") && closingParenthesis(tokens, i) == tokens.size() - 1) {
                return last; // a function call
            }
        }
        return null;
    }

    /** Whether {@code expression} (null: none) names one of {@code columns}, as {@link #referencedColumns} reads it. */
    public static boolean reads(String expression, List<String> columns) {
        return expression != null && !referencedColumns(expression, columns).isEmpty();
    }

    /**
     * The table columns an expression refers to, in order of first use: identifiers that are not
     * calls, not type names after {@code ::}, and name one of {@code columns}.
     */
    public static Set<String> referencedColumns(String expression, List<String> columns) {
        List<Token> tokens = SqlTokens.tokenize(expression);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isName()) {
                continue;
            }
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(");
            boolean typeName = i > 0 && tokens.get(i - 1).isSymbol("::");
            if (!call && !typeName && columns.contains(t.text())) {
                used.add(t.text());
            }
        }
        return used;
    }

    private static int topLevelCast(List<Token> tokens) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isSymbol("::")) {
                found = i;
            } else if (depth == 0 && t.kind() == Kind.SYMBOL && found < 0 && !t.isSymbol(".")) {
                return -1; // an operator binds looser than the cast: not a plain cast
            }
        }
        return found;
    }

    static List<Token> stripOuterParentheses(List<Token> tokens) {
        List<Token> current = tokens;
        while (current.size() >= 2 && current.get(0).isSymbol("(")
                && closingParenthesis(current, 0) == current.size() - 1) {
            current = current.subList(1, current.size() - 1);
        }
        return current;
    }

    private static int closingParenthesis(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
