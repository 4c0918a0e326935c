package dev.dibs.engine.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an annotation's SQL text is one expression and nothing more, before dibs splices
 * it into a statement ({@code CHECK (…)}, {@code DEFAULT …}, {@code WHERE …}, an index key). The
 * text must not end the statement ({@code ;}), leave the parenthesis dibs puts around it
 * ({@code true) NOT VALID}), nor hide the rest of the statement (a comment, an unterminated
 * literal). Strings, quoted names and dollar quotes are read the way PostgreSQL reads them, and
 * where PostgreSQL and the JDBC driver could read a text differently (a string glued to a name, a
 * backslash before a quote whose meaning depends on {@code standard_conforming_strings}) the text
 * is refused rather than guessed.
 */
final class ExpressionGuard {

    /** Where a text goes; each place allows a little more or less. */
    enum Place {
        /** Inside parentheses or after {@code WHERE}: one expression, no top-level comma. */
        EXPRESSION,
        /** After {@code DEFAULT}, unparenthesised: also no column constraint keyword after the value. */
        DEFAULT,
        /** A comma-separated list of index keys. */
        KEY_LIST
    }

    /** Words that would begin a column constraint after a {@code DEFAULT} value. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "check", "unique", "primary", "references",
            "generated", "default", "deferrable", "initially", "collate");

    /** Words a type name may have after its first: {@code double precision}, {@code timestamp(3) with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("precision", "varying", "with", "without", "time", "zone",
            "array", "year", "month", "day", "hour", "minute", "second", "to", "character", "char");

    /** Characters after which a string, dollar quote or prefixed string may start. */
    private static final String MAY_PRECEDE_LITERAL = " \t\r\n([,=<>+-*/%^|&!~@#?:";

    private enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text, int depth) {
    }

    /** Thrown inside the lexer with the reason a text is refused. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private ExpressionGuard() {
    }

    /** Why {@code text} may not go into {@code place}, or null when it may. */
    static String expressionProblem(String text, Place place) {
        try {
            List<Token> tokens = lex(text);
            if (tokens.isEmpty()) {
                return "it is empty";
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.depth() > 0) {
                    continue;
                }
                if (place != Place.KEY_LIST && t.kind() == Kind.SYMBOL && t.text().equals(",")) {
                    return "a comma outside parentheses starts a second expression";
                }
                if (place == Place.DEFAULT && t.kind() == Kind.WORD && i > 0) {
                    String word = t.text().toLowerCase(Locale.ROOT);
                    // NOT NULL, NOT DEFERRABLE, NOT ENFORCED; a value itself has NOT only in IS NOT
                    boolean not = word.equals("not") && !tokens.get(i - 1).text().equalsIgnoreCase("is");
                    if (CONSTRAINT_WORDS.contains(word) || not) {
                        return "\"" + t.text() + "\" after the value would add a column constraint";
                    }
                }
            }
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /**
     * Why {@code text} is not a type name, or null: words (possibly schema-qualified or quoted),
     * one or more modifier lists of numbers and words ({@code (10, 2)}), array brackets.
     */
    static String typeProblem(String text) {
        try {
            List<Token> tokens = lex(text);
            if (tokens.isEmpty()) {
                return "it is empty";
            }
            Token previous = null;
            for (Token t : tokens) {
                boolean ok;
                if (t.depth() > 0) {
                    ok = t.kind() == Kind.NUMBER || t.kind() == Kind.WORD
                            || t.kind() == Kind.SYMBOL && (t.text().equals(",") || t.text().equals(")") || t.text().equals("]"))
                            || t.kind() == Kind.SYMBOL && t.text().equals("-");
                } else if (t.kind() == Kind.WORD) {
                    ok = previous == null || previous.text().equals(".") || TYPE_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
                } else if (t.kind() == Kind.QUOTED) {
                    ok = previous == null || previous.text().equals(".");
                } else {
                    ok = t.kind() == Kind.SYMBOL && (t.text().equals(".") || t.text().equals("(") || t.text().equals("["));
                }
                if (!ok) {
                    return "\"" + t.text() + "\" has no place in a type name";
                }
                previous = t;
            }
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /**
     * The tokens of {@code text} outside any parenthesis, upper-cased where they are words (a
     * parenthesised part shows as its opening {@code "("}), for {@link PartitionSqlGuard}; the
     * lexer's refusal (a {@code ;}, a comment, an unclosed literal …) as an
     * {@link IllegalArgumentException}.
     */
    static List<String> topLevel(String text) {
        try {
            return lex(text).stream().filter(t -> t.depth() == 0)
                    .map(t -> t.kind() == Kind.WORD ? t.text().toUpperCase(Locale.ROOT) : t.text()).toList();
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** Why {@code text} is not an index access method name ({@code btree}, {@code gin}, …), or null. */
    static String methodProblem(String text) {
        return text.trim().matches("[A-Za-z_][A-Za-z0-9_]*") ? null : "an access method is one plain name, like btree or gin";
    }

    private static List<Token> lex(String s) throws Refused {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new Refused(String.format("it holds the control character U+%04X", (int) c));
            }
        }
        List<Token> tokens = new ArrayList<>();
        Deque<Character> open = new ArrayDeque<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                throw new Refused("a -- comment would hide the rest of the statement");
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                throw new Refused("comments are not allowed in annotation SQL");
            } else if (c == '\'') {
                separated(s, i);
                i = standardString(s, i);
                tokens.add(new Token(Kind.STRING, s.substring(start, i), open.size()));
            } else if (c == '"') {
                i = quotedName(s, i);
                tokens.add(new Token(Kind.QUOTED, s.substring(start, i), open.size()));
            } else if (c == '$' && dollarTagEnd(s, i) > 0) {
                separated(s, i);
                i = dollarString(s, i);
                tokens.add(new Token(Kind.STRING, s.substring(start, i), open.size()));
            } else if (c == '$' && i + 1 < n && isDigit(s.charAt(i + 1))) {
                throw new Refused("a parameter such as $1 has no value here");
            } else if (isNameStart(c)) {
                while (i < n && isNameChar(s.charAt(i))) {
                    i++;
                }
                i = afterWord(s, start, i, tokens, open.size());
            } else if (isDigit(c) || c == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i = number(s, i);
                if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '$' || s.charAt(i) == '"')) {
                    throw new Refused("a quote right after the number " + s.substring(start, i) + "; put a space between");
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(start, i), open.size()));
            } else if (c == '(' || c == '[') {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), open.size()));
                open.push(c);
                i++;
            } else if (c == ')' || c == ']') {
                char expected = c == ')' ? '(' : '[';
                if (open.isEmpty() || open.peek() != expected) {
                    throw new Refused("the '" + c + "' closes a " + (c == ')' ? "parenthesis" : "bracket")
                            + " it did not open (it would end the SQL dibs puts around it)");
                }
                open.pop();
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), open.size() + 1));
                i++;
            } else if (c == ';') {
                throw new Refused("a ';' would end the statement");
            } else if (c == '\\' || c == '{' || c == '}') {
                throw new Refused("'" + c + "' has no place outside a string literal");
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), open.size()));
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new Refused("a '" + open.peek() + "' is never closed");
        }
        return tokens;
    }

    /** A word has been read from {@code start} to {@code end}; it may be the prefix of a string ({@code E'…'}, {@code U&"…"}). */
    private static int afterWord(String s, int start, int end, List<Token> tokens, int depth) throws Refused {
        String word = s.substring(start, end);
        int n = s.length();
        if (end < n && s.charAt(end) == '\'') {
            if (word.length() != 1 || "eEbBxXnN".indexOf(word.charAt(0)) < 0) {
                throw new Refused("a string literal right after the name " + word + "; put a space between");
            }
            separated(s, start);
            int close = word.equalsIgnoreCase("e") ? escapeString(s, end) : standardString(s, end);
            tokens.add(new Token(Kind.STRING, s.substring(start, close), depth));
            return close;
        }
        if (word.equalsIgnoreCase("u") && end + 1 < n && s.charAt(end) == '&' && (s.charAt(end + 1) == '\'' || s.charAt(end + 1) == '"')) {
            separated(s, start);
            boolean string = s.charAt(end + 1) == '\'';
            int close = string ? standardString(s, end + 1) : quotedName(s, end + 1);
            tokens.add(new Token(string ? Kind.STRING : Kind.QUOTED, s.substring(start, close), depth));
            return close;
        }
        tokens.add(new Token(Kind.WORD, word, depth));
        return end;
    }

    /**
     * Literals must start after a space, a parenthesis or an operator: glued to a name or number,
     * PostgreSQL and the JDBC driver disagree on where a string starts and what escapes in it.
     */
    private static void separated(String s, int start) throws Refused {
        if (start > 0 && MAY_PRECEDE_LITERAL.indexOf(s.charAt(start - 1)) < 0) {
            throw new Refused("a literal right after '" + s.charAt(start - 1) + "'; put a space before it");
        }
    }

    /** {@code '…'} with {@code ''} for a quote; a backslash does not escape (standard_conforming_strings). */
    private static int standardString(String s, int quote) throws Refused {
        int backslashes = 0;
        for (int i = quote + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (backslashes % 2 == 1) {
                    // With standard_conforming_strings off this quote would be escaped, not closing.
                    throw new Refused("a backslash before a quote in a string literal reads differently depending on "
                            + "standard_conforming_strings; double the quote ('') or write an E'…' string");
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i + 1;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        throw new Refused("a string literal is never closed");
    }

    /** {@code E'…'}: a backslash escapes the next character, {@code ''} is a quote. */
    private static int escapeString(String s, int quote) throws Refused {
        for (int i = quote + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i + 1;
            }
        }
        throw new Refused("an E'…' string literal is never closed");
    }

    private static int quotedName(String s, int quote) throws Refused {
        for (int i = quote + 1; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    i++;
                    continue;
                }
                return i + 1;
            }
        }
        throw new Refused("a quoted name is never closed");
    }

    /** {@code $$…$$} or {@code $tag$…$tag$}: nothing inside escapes, it ends at the same tag. */
    private static int dollarString(String s, int start) throws Refused {
        int tagEnd = dollarTagEnd(s, start);
        String tag = s.substring(start, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        if (close < 0) {
            throw new Refused("the dollar quote " + tag + " is never closed");
        }
        return close + tag.length();
    }

    /** The end of a dollar-quote opening tag at {@code start}, or -1 when there is none. */
    private static int dollarTagEnd(String s, int start) {
        int i = start + 1;
        if (i < s.length() && isNameStart(s.charAt(i))) {
            while (i < s.length() && isNameChar(s.charAt(i)) && s.charAt(i) != '$') {
                i++;
            }
        }
        return i < s.length() && s.charAt(i) == '$' ? i + 1 : -1;
    }

    private static int number(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean signedExponent = (c == '+' || c == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')
                    && i + 1 < s.length() && isDigit(s.charAt(i + 1));
            if (isDigit(c) || c == '.' || c == '_' || c < 0x80 && Character.isLetter(c) || signedExponent) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** As PostgreSQL's lexer: every non-ASCII character may be part of a name (whatever Unicode calls it). */
    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c) || c == '$';
    }
}
