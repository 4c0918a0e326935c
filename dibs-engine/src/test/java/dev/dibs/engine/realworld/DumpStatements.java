package dev.dibs.engine.realworld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a {@code pg_dump --schema-only} script into the statements a JDBC session can run, by the
 * rules of PostgreSQL's lexer rather than by line: a semicolon ends a statement only outside
 * quoted strings ({@code '…'}, {@code E'…'} with backslash escapes), quoted identifiers, dollar-quoted
 * bodies ({@code $_$ … $_$}) and comments ({@code --}, nested {@code /* … *}{@code /}). psql
 * meta-commands ({@code \restrict}, {@code \connect}, …) are psql's, not the server's: a line that starts
 * with a backslash outside any statement is left out, as is the data block after {@code COPY … FROM stdin}.
 * Comments are kept inside a statement but a statement made only of comments is none.
 */
final class DumpStatements {

    private final String text;
    private int pos;

    private DumpStatements(String text) {
        this.text = text;
    }

    /** The statements in order, each without its closing semicolon and trimmed. */
    static List<String> split(String script) {
        return new DumpStatements(script).all();
    }

    private List<String> all() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean code = false; // whether current holds more than comments and blanks
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!code && c == '\\' && atLineStart()) {
                skipLine(); // a psql meta-command between statements
            } else if (c == ';') {
                pos++;
                if (code) {
                    String statement = current.toString().trim();
                    statements.add(statement);
                    if (isCopyFromStdin(statement)) {
                        skipCopyData();
                    }
                }
                current.setLength(0);
                code = false;
            } else if (c == '-' && peek(1) == '-') {
                int end = text.indexOf('\n', pos);
                end = end < 0 ? text.length() : end;
                current.append(text, pos, end);
                pos = end;
            } else if (c == '/' && peek(1) == '*') {
                int start = pos;
                current.append(text, start, blockCommentEnd());
            } else if (c == '\'') {
                int start = pos;
                boolean escapes = start > 0 && (text.charAt(start - 1) == 'E' || text.charAt(start - 1) == 'e')
                        && (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2)) && text.charAt(start - 2) != '_');
                current.append(text, start, quotedEnd('\'', escapes));
                code = true;
            } else if (c == '"') {
                int start = pos;
                current.append(text, start, quotedEnd('"', false));
                code = true;
            } else if (c == '$' && dollarTag() != null) {
                int start = pos;
                current.append(text, start, dollarEnd(dollarTag()));
                code = true;
            } else {
                current.append(c);
                pos++;
                code |= !Character.isWhitespace(c);
            }
        }
        if (code) {
            throw new IllegalArgumentException("the script ends inside a statement (no closing semicolon): "
                    + abbreviate(current.toString().trim()));
        }
        return List.copyOf(statements);
    }

    private boolean atLineStart() {
        return pos == 0 || text.charAt(pos - 1) == '\n';
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
    }

    private void skipLine() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
    }

    /** Block comments nest in PostgreSQL. */
    private int blockCommentEnd() {
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    pos = i;
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated /* comment at offset " + pos);
    }

    /** A doubled quote is a quote; with E'…' a backslash escapes the next character. */
    private int quotedEnd(char quote, boolean backslashEscapes) {
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    pos = i + 1;
                    return pos;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated " + quote + " quote at offset " + pos);
    }

    /** {@code $tag$} (tag: letters, digits, underscores, not starting with a digit) or {@code $$} here, else null. */
    private String dollarTag() {
        if (pos > 0 && (Character.isLetterOrDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == '_')) {
            return null; // part of an identifier such as a$b, or a parameter like $1
        }
        int i = pos + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '$' || i > pos + 1 && Character.isDigit(text.charAt(pos + 1))) {
            return null;
        }
        return text.substring(pos, i + 1);
    }

    private int dollarEnd(String tag) {
        int end = text.indexOf(tag, pos + tag.length());
        if (end < 0) {
            throw new IllegalArgumentException("unterminated dollar quote " + tag + " at offset " + pos);
        }
        pos = end + tag.length();
        return pos;
    }

    private static boolean isCopyFromStdin(String statement) {
        String s = withoutLeadingComments(statement).toUpperCase(Locale.ROOT);
        return s.startsWith("COPY ") && s.replaceAll("\\s+", " ").endsWith("FROM STDIN");
    }

    /** COPY's rows follow the statement up to a line {@code \.}. */
    private void skipCopyData() {
        skipLine(); // the rest of the COPY line
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos, end < 0 ? text.length() : end);
            pos = end < 0 ? text.length() : end + 1;
            if (line.equals("\\.")) {
                return;
            }
        }
        throw new IllegalArgumentException("COPY data without its closing \\. line");
    }

    /** The statement from its first keyword on: dumps put a "-- Name: …" block before each. */
    static String withoutLeadingComments(String statement) {
        String s = statement.strip();
        while (s.startsWith("--") || s.startsWith("/*")) {
            int end = s.startsWith("--") ? s.indexOf('\n') : s.indexOf("*/") + 1;
            s = end <= 0 ? "" : s.substring(end + 1).strip();
        }
        return s;
    }

    /** The first line of a statement's code, for reports. */
    static String abbreviate(String statement) {
        String s = withoutLeadingComments(statement);
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl) + " …";
        return first.length() > 200 ? first.substring(0, 200) + " …" : first;
    }
}
