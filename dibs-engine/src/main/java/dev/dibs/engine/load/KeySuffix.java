package dev.dibs.engine.load;

import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Kind;
import dev.dibs.engine.naming.SqlTokens.Positioned;
import java.util.List;
import java.util.Locale;

/**
 * What follows an index key's column or expression, in PostgreSQL's order:
 * {@code [COLLATE collation] [opclass[(name = value, …)]] [ASC | DESC] [NULLS FIRST | LAST]}.
 * Collation and operator class are names (plain, quoted or schema-qualified), the class's
 * parameters are {@code name = constant} pairs: nothing else is accepted, so the text dibs splices
 * into {@code CREATE INDEX} is exactly what was checked.
 */
record KeySuffix(String collation, String opclass, boolean descending, Boolean nullsFirst) {

    static KeySuffix parse(String part, String rest) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(rest);
        int i = 0;
        String collation = null;
        if (i < tokens.size() && tokens.get(i).token().isKeyword("collate")) {
            int end = nameEnd(part, tokens, i + 1, "COLLATE");
            collation = rest.substring(tokens.get(i + 1).start(), tokens.get(end - 1).end());
            i = end;
        }
        String opclass = null;
        if (i < tokens.size() && tokens.get(i).token().isName() && !isSortWord(tokens.get(i))) {
            int end = nameEnd(part, tokens, i, "the operator class");
            if (end < tokens.size() && tokens.get(end).token().isSymbol("(")) {
                end = parametersEnd(part, tokens, end);
            }
            opclass = rest.substring(tokens.get(i).start(), tokens.get(end - 1).end());
            i = end;
        }
        boolean descending = false;
        Boolean nullsFirst = null;
        for (; i < tokens.size(); i++) {
            Positioned t = tokens.get(i);
            if (t.token().isKeyword("asc")) {
                descending = false;
            } else if (t.token().isKeyword("desc")) {
                descending = true;
            } else if (t.token().isKeyword("nulls")) {
                if (i + 1 < tokens.size() && (tokens.get(i + 1).token().isKeyword("first") || tokens.get(i + 1).token().isKeyword("last"))) {
                    nullsFirst = tokens.get(++i).token().isKeyword("first");
                } else {
                    throw new IllegalArgumentException("NULLS must be followed by FIRST or LAST in \"" + part + "\"");
                }
            } else {
                throw new IllegalArgumentException("\"" + part + "\": unsupported key option \"" + rest.substring(t.start(), t.end())
                        .toLowerCase(Locale.ROOT) + "\" (after the column or expression: COLLATE name, an operator class, "
                        + "ASC, DESC, NULLS FIRST, NULLS LAST, in that order)");
            }
        }
        return new KeySuffix(collation, opclass, descending, nullsFirst);
    }

    private static boolean isSortWord(Positioned t) {
        return t.token().isKeyword("asc") || t.token().isKeyword("desc") || t.token().isKeyword("nulls");
    }

    /** The index after a name or {@code schema.name} starting at {@code i}; throws when there is none. */
    private static int nameEnd(String part, List<Positioned> tokens, int i, String what) {
        if (i >= tokens.size() || !tokens.get(i).token().isName()) {
            throw new IllegalArgumentException(what + " in \"" + part + "\" must be followed by a name");
        }
        int end = i + 1;
        if (end + 1 < tokens.size() && tokens.get(end).token().isSymbol(".") && tokens.get(end + 1).token().isName()) {
            end += 2;
        }
        return end;
    }

    /** After {@code (name = constant, …)} opening at {@code open}; throws on anything else. */
    private static int parametersEnd(String part, List<Positioned> tokens, int open) {
        int i = open + 1;
        while (true) {
            boolean pair = i + 2 < tokens.size() && tokens.get(i).token().kind() == Kind.IDENTIFIER
                    && tokens.get(i + 1).token().isSymbol("=") && isConstant(tokens.get(i + 2));
            if (!pair) {
                throw new IllegalArgumentException("the operator class parameters in \"" + part
                        + "\" must be name = constant pairs, e.g. (siglen = 32)");
            }
            i += 3;
            if (i < tokens.size() && tokens.get(i).token().isSymbol(",")) {
                i++;
            } else if (i < tokens.size() && tokens.get(i).token().isSymbol(")")) {
                return i + 1;
            } else {
                throw new IllegalArgumentException("the operator class parameters in \"" + part + "\" are not closed");
            }
        }
    }

    private static boolean isConstant(Positioned t) {
        Kind kind = t.token().kind();
        return kind == Kind.NUMBER || kind == Kind.STRING || kind == Kind.IDENTIFIER;
    }
}
