package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequences an expression (a column default) calls {@code nextval} on, read from its tokens
 * as {@code pg_get_expr} prints such a call: {@code nextval('schema.name'::regclass)}. Only that
 * form binds the sequence when the default is set (PostgreSQL records the dependency); a call
 * whose argument is text, or built at run time, names no sequence here.
 */
public final class SequenceCalls {

    private SequenceCalls() {
    }

    /** Every sequence {@code expression} calls {@code nextval} on, each once, in order. */
    public static List<QualifiedName> nextvalTargets(String expression) {
        List<QualifiedName> out = new ArrayList<>();
        if (!mentionsNextval(expression)) {
            return out;
        }
        List<SqlTokens.Token> t = SqlTokens.tokenize(expression);
        for (int i = 0; i + 5 < t.size(); i++) {
            QualifiedName target = callAt(t, i);
            if (target != null && !out.contains(target)) {
                out.add(target);
            }
        }
        return out;
    }

    /** The sequence when {@code expression} is exactly one {@code nextval} call of it (what {@code serial} sets), else null. */
    public static QualifiedName serialTarget(String expression) {
        if (!mentionsNextval(expression)) {
            return null;
        }
        List<SqlTokens.Token> t = SqlTokens.tokenize(expression);
        return t.size() == 6 ? callAt(t, 0) : null;
    }

    /**
     * Whether {@code expression} holds the letters of {@code nextval} in any case: without them no
     * token is that call, and most defaults ({@code 0}, {@code now()}, {@code true}) are not read
     * further (each column of a thousand tables is asked, on both sides of a plan).
     */
    private static boolean mentionsNextval(String expression) {
        if (expression == null) {
            return false;
        }
        for (int i = 0; i + NEXTVAL.length() <= expression.length(); i++) {
            if (expression.regionMatches(true, i, NEXTVAL, 0, NEXTVAL.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String NEXTVAL = "nextval";

    /**
     * {@code text} after sequence {@code from} was renamed to {@code to}: each {@code 'name'::regclass}
     * constant naming it ({@code nextval}'s argument, or any other: {@code currval}, {@code setval}, a
     * comparison) names the new one, as PostgreSQL then prints it (the constant holds the sequence's
     * oid, not its name); everything else as it was. The same instance when nothing names it.
     */
    public static String renamed(String text, QualifiedName from, QualifiedName to) {
        if (text == null || !text.contains("regclass")) {
            return text;
        }
        List<SqlTokens.Positioned> positioned = SqlTokens.tokenizeWithPositions(text);
        StringBuilder out = null;
        for (int i = positioned.size() - 3; i >= 0; i--) { // from the end, so that earlier positions stay right
            SqlTokens.Positioned literal = positioned.get(i);
            if (literal.token().kind() == SqlTokens.Kind.STRING && positioned.get(i + 1).token().isSymbol("::")
                    && positioned.get(i + 2).token().isKeyword("regclass") && from.equals(regclass(literal.token().text()))) {
                out = out == null ? new StringBuilder(text) : out;
                out.replace(literal.start(), literal.end(), "'" + Identifiers.quote(to.schema(), to.name()).replace("'", "''") + "'");
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code nextval ( 'literal' :: regclass )} starting at token {@code i}; the literal read as a qualified name. */
    private static QualifiedName callAt(List<SqlTokens.Token> t, int i) {
        if (i + 5 >= t.size() || !t.get(i).isKeyword("nextval") || !t.get(i + 1).isSymbol("(")
                || t.get(i + 2).kind() != SqlTokens.Kind.STRING || !t.get(i + 3).isSymbol("::")
                || !t.get(i + 4).isKeyword("regclass") || !t.get(i + 5).isSymbol(")")) {
            return null;
        }
        if (i > 0 && t.get(i - 1).isSymbol(".") && !(i > 1 && t.get(i - 2).isKeyword("pg_catalog"))) {
            return null; // another schema's function of that name
        }
        return regclass(t.get(i + 2).text());
    }

    /** The qualified name a {@code regclass} constant's literal spells, as PostgreSQL prints one; else null. */
    private static QualifiedName regclass(String literal) {
        List<String> parts = relationName(literal);
        // unqualified (a pg_catalog sequence) or not a name at all: null
        return parts != null && parts.size() == 2 ? new QualifiedName(parts.get(0), parts.get(1)) : null;
    }

    /**
     * The name a string literal spells as a relation's ({@code 'public.orders'}, {@code '"Orders"'}):
     * its schema and name, or its name alone, as PostgreSQL reads such text; null when it is no name
     * or is not a plain {@code '…'} literal (an {@code E'…'} or other prefixed one).
     */
    public static List<String> relationName(String literal) {
        if (!literal.startsWith("'") || !literal.endsWith("'") || literal.length() < 2) {
            return null;
        }
        List<SqlTokens.Token> parts = SqlTokens.tokenize(literal.substring(1, literal.length() - 1).replace("''", "'"));
        if (parts.size() == 3 && parts.get(0).isName() && parts.get(1).isSymbol(".") && parts.get(2).isName()) {
            return List.of(parts.get(0).text(), parts.get(2).text());
        }
        return parts.size() == 1 && parts.get(0).isName() ? List.of(parts.get(0).text()) : null;
    }

    /** {@code table.column} as a sequence's owner is written in the model, each name quoted where it must be. */
    public static String ownerName(String table, String column) {
        return Identifiers.quote(table) + "." + Identifiers.quote(column);
    }

    /** The table and column of an owner written by {@link #ownerName}, or null when it is not two names. */
    public static String[] owner(String ownedBy) {
        if (ownedBy == null) {
            return null;
        }
        List<SqlTokens.Token> parts = SqlTokens.tokenize(ownedBy);
        if (parts.size() == 3 && parts.get(0).isName() && parts.get(1).isSymbol(".") && parts.get(2).isName()) {
            return new String[] {parts.get(0).text(), parts.get(2).text()};
        }
        return null;
    }
}
