package dev.dibs.engine.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SQL tokenizer: enough to find identifiers, calls and casts in an expression without
 * being fooled by string literals, quoted identifiers, dollar quotes or comments.
 */
public final class SqlTokens {

    /** Token kinds. */
    public enum Kind { IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL }

    /** One token; {@code text} of an identifier is folded to lower case, a quoted one kept verbatim. */
    public record Token(Kind kind, String text) {
        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        public boolean isName() {
            return kind == Kind.IDENTIFIER || kind == Kind.QUOTED_IDENTIFIER;
        }

        public boolean isKeyword(String keyword) {
            return kind == Kind.IDENTIFIER && text.equals(keyword);
        }
    }

    /** A token with where it starts and ends in the text. */
    public record Positioned(Token token, int start, int end) {
    }

    private SqlTokens() {
    }

    public static List<Token> tokenize(String sql) {
        return tokenizeWithPositions(sql).stream().map(Positioned::token).toList();
    }

    public static List<Positioned> tokenizeWithPositions(String sql) {
        List<Positioned> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = endOfQuoted(sql, i, '\'', false);
                tokens.add(new Positioned(new Token(Kind.STRING, sql.substring(i, end)), i, end));
                i = end;
            } else if (c == '"') {
                int end = endOfQuoted(sql, i, '"', false);
                tokens.add(new Positioned(new Token(Kind.QUOTED_IDENTIFIER, Identifiers.truncated(sql.substring(i + 1, end - 1).replace("\"\"", "\""))), i, end));
                i = end;
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                tokens.add(new Positioned(new Token(Kind.STRING, sql.substring(i, end)), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c >= 0x80) { // PostgreSQL: any non-ASCII byte starts or continues a name
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$'
                        || sql.charAt(i) >= 0x80)) {
                    i++;
                }
                if (i - start == 1 && Character.toLowerCase(c) == 'u' && i + 1 < n && sql.charAt(i) == '&'
                        && (sql.charAt(i + 1) == '"' || sql.charAt(i + 1) == '\'')) {
                    // U&"…" and U&'…': Unicode escapes, decoded for a name as PostgreSQL does (U&"pg\005fcatalog" is pg_catalog)
                    char quote = sql.charAt(i + 1);
                    int end = endOfQuoted(sql, i + 1, quote, false);
                    String body = sql.substring(i + 2, Math.max(i + 2, end - 1)).replace(String.valueOf(quote) + quote, String.valueOf(quote));
                    char escape = '\\';
                    int after = end;
                    Matcher uescape = UESCAPE.matcher(sql).region(end, n);
                    if (uescape.lookingAt()) {
                        escape = uescape.group(1).charAt(0);
                        after = uescape.end();
                    }
                    tokens.add(new Positioned(quote == '"'
                            ? new Token(Kind.QUOTED_IDENTIFIER, Identifiers.truncated(unicodeEscapes(body, escape)))
                            : new Token(Kind.STRING, sql.substring(start, after)), start, after));
                    i = after;
                } else if (i < n && sql.charAt(i) == '\'' && (i - start == 1)) {
                    // E'…', B'…', X'…', N'…' string literals
                    int end = endOfQuoted(sql, i, '\'', Character.toLowerCase(sql.charAt(start)) == 'e');
                    tokens.add(new Positioned(new Token(Kind.STRING, sql.substring(start, end)), start, end));
                    i = end;
                } else {
                    tokens.add(new Positioned(new Token(Kind.IDENTIFIER, Identifiers.fold(sql.substring(start, i))), start, i));
                }
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Positioned(new Token(Kind.NUMBER, sql.substring(start, i)), start, i));
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                tokens.add(new Positioned(new Token(Kind.SYMBOL, "::"), i, i + 2));
                i += 2;
            } else {
                tokens.add(new Positioned(new Token(Kind.SYMBOL, String.valueOf(c)), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Where a quoted string or name that opens at {@code start} ends. A backslash escapes the next
     * character only in an {@code E'…'} string ({@code backslashEscapes}): in a standard string, as
     * PostgreSQL prints one ({@code standard_conforming_strings} on), {@code '\'} is a string of one backslash.
     */
    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (backslashEscapes && sql.charAt(i) == '\\' && i + 1 < sql.length()) {
                i += 2;
                continue;
            }
            i++;
        }
        return sql.length();
    }

    /** {@code UESCAPE 'c'} after a {@code U&} name or string: its escape character instead of {@code \}. */
    private static final Pattern UESCAPE = Pattern.compile("\\s*(?i:uescape)\\s*'([^'])'");

    /** The text of a {@code U&"…"} name: {@code \XXXX} and {@code \+XXXXXX} as code points, a doubled escape as itself. */
    static String unicodeEscapes(String body, char escape) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != escape || i + 1 >= body.length()) {
                out.append(c);
            } else if (body.charAt(i + 1) == escape) {
                out.append(escape);
                i++;
            } else {
                boolean six = body.charAt(i + 1) == '+';
                int from = i + (six ? 2 : 1);
                int to = from + (six ? 6 : 4);
                if (to <= body.length() && body.substring(from, to).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    out.appendCodePoint(Integer.parseInt(body.substring(from, to), 16));
                    i = to - 1;
                } else {
                    out.append(c); // PostgreSQL refuses it: left as written
                }
            }
        }
        return out.toString();
    }

    private static int dollarTagEnd(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) >= 0x80)) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }
}
