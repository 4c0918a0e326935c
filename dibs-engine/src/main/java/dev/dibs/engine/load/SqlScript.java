package dev.dibs.engine.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the text of one SQL file into statements by the rules of PostgreSQL's lexer, not by line:
 * a semicolon ends a statement only outside strings ({@code '…'} with {@code ''}, {@code E'…'} with
 * backslash escapes), quoted identifiers, dollar quotes ({@code $$…$$}, {@code $tag$…$tag$}) and
 * comments ({@code --}, nested block comments), and outside the SQL-standard body of a function or
 * procedure ({@code BEGIN ATOMIC … END}, whose {@code CASE … END} nest), as psql splits it.
 * Each statement keeps the line it starts on; comments before a statement are not part of it.
 * Public for the runner of Flyway SQL migrations, which splits their files the same way.
 */
public final class SqlScript {

    /**
     * One statement, from its first word to before its semicolon, the 1-based line it starts on, and
     * the text of the line comments ({@code --}, without the dashes, stripped) between the statement
     * before it and its first word, in order: where a declaration's hints are written.
     */
    public record Piece(int line, String sql, List<String> comments) {
        public Piece {
            comments = List.copyOf(comments);
        }

        public Piece(int line, String sql) {
            this(line, sql, List.of());
        }
    }

    /** A line comment that leads no statement: inside one, after one on its line, or after the last. */
    public record Stray(int line, String comment) {
    }

    /** The statements, and the line comments that lead none of them. */
    public record Script(List<Piece> pieces, List<Stray> strays) {
        public Script {
            pieces = List.copyOf(pieces);
            strays = List.copyOf(strays);
        }
    }

    /** The text cannot be split: a quote, dollar quote or comment opened at {@code line} never closes. */
    public static final class Unterminated extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Unterminated(int line, String what) {
            super(what, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final String text;
    private int pos;

    private SqlScript(String text) {
        this.text = text;
    }

    /** The statements in order; one that is not closed by a semicolon at the end of the text counts too. */
    public static List<Piece> split(String text) throws Unterminated {
        return read(text).pieces();
    }

    /** As {@link #split}, with the line comments that lead no statement. */
    public static Script read(String text) throws Unterminated {
        SqlScript script = new SqlScript(text);
        return new Script(script.all(), script.strays);
    }

    private final List<Stray> strays = new ArrayList<>();

    private List<Piece> all() throws Unterminated {
        List<Piece> pieces = new ArrayList<>();
        int lastEnd = -1; // where the last statement's semicolon is
        int start = -1; // where the current statement's first code character is
        List<String> words = new ArrayList<>(); // its first words, lower-cased: to know a function's body
        String previousWord = null;
        int atomicDepth = 0; // inside BEGIN ATOMIC … END, counting CASE … END
        List<Stray> comments = new ArrayList<>(); // the line comments before the current statement's first word
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '-' && peek(1) == '-') {
                int end = text.indexOf('\n', pos);
                Stray comment = new Stray(lineAt(pos), text.substring(pos + 2, end < 0 ? text.length() : end).strip());
                int lineEnd = lastEnd < 0 ? -1 : text.indexOf('\n', lastEnd);
                boolean onTheLastStatementsLine = lastEnd >= 0 && (lineEnd < 0 || lineEnd > pos);
                if (start < 0 && !onTheLastStatementsLine) {
                    comments.add(comment);
                } else {
                    strays.add(comment);
                }
                pos = end < 0 ? text.length() : end;
                continue;
            }
            if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                continue;
            }
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (start < 0) {
                start = pos;
            }
            if (c == ';' && atomicDepth == 0) {
                pieces.add(new Piece(lineAt(start), text.substring(start, pos).strip(), texts(comments)));
                comments.clear();
                lastEnd = pos;
                pos++;
                start = -1;
                words.clear();
                previousWord = null;
            } else if (c == '\'') {
                skipQuoted('\'', false);
            } else if (c == '"') {
                skipQuoted('"', false);
            } else if (c == '$' && dollarTag() != null) {
                skipDollarQuoted(dollarTag());
            } else if (Character.isLetter(c) || c == '_' || c >= 0x80) { // PostgreSQL: any non-ASCII character starts a name
                int wordStart = pos;
                while (pos < text.length() && isWordChar(text.charAt(pos))) {
                    pos++;
                }
                String word = text.substring(wordStart, pos).toLowerCase(Locale.ROOT);
                if (word.equals("e") && pos < text.length() && text.charAt(pos) == '\'') {
                    skipQuoted('\'', true);
                    continue;
                }
                if (words.size() < 4) {
                    words.add(word);
                }
                if (atomicDepth > 0) {
                    atomicDepth += word.equals("case") ? 1 : word.equals("end") ? -1 : 0;
                } else if (word.equals("atomic") && "begin".equals(previousWord) && isRoutine(words)) {
                    atomicDepth = 1;
                }
                previousWord = word;
            } else {
                pos++;
                previousWord = null;
            }
        }
        if (start >= 0) {
            pieces.add(new Piece(lineAt(start), text.substring(start).strip(), texts(comments)));
        } else {
            strays.addAll(comments); // after the last statement
        }
        return pieces;
    }

    private static List<String> texts(List<Stray> comments) {
        return comments.stream().map(Stray::comment).toList();
    }

    /** {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}: the statements whose body may be BEGIN ATOMIC … END. */
    private static boolean isRoutine(List<String> words) {
        int i = words.size() >= 3 && words.get(1).equals("or") && words.get(2).equals("replace") ? 3 : 1;
        return words.size() > i && words.get(0).equals("create")
                && (words.get(i).equals("function") || words.get(i).equals("procedure"));
    }

    /** What continues a name for PostgreSQL: letters, digits, {@code _}, {@code $} and any non-ASCII character. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
    }

    /** The offset the last line asked for was counted to, and its line: the next count starts there (offsets asked for are close). */
    private int countedTo;
    private int countedLine = 1;

    private int lineAt(int offset) {
        for (int i = countedTo; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                countedLine++;
            }
        }
        for (int i = offset; i < countedTo; i++) {
            if (text.charAt(i) == '\n') {
                countedLine--;
            }
        }
        countedTo = offset;
        return countedLine;
    }

    /** Block comments nest in PostgreSQL. */
    private void skipBlockComment() throws Unterminated {
        int opened = pos;
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new Unterminated(lineAt(opened), "the comment /* opened here is never closed");
    }

    /** A doubled quote is a quote; in {@code E'…'} a backslash escapes the next character. */
    private void skipQuoted(char quote, boolean backslashEscapes) throws Unterminated {
        int opened = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new Unterminated(lineAt(opened), quote == '"' ? "the quoted name opened here is never closed"
                : "the string opened here is never closed");
    }

    /** {@code $tag$} or {@code $$} at the position, else null (a parameter {@code $1}, or part of a name like {@code a$b}). */
    private String dollarTag() {
        if (pos > 0 && isWordChar(text.charAt(pos - 1))) {
            return null;
        }
        int i = pos + 1;
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) >= 0x80)) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? text.substring(pos, i + 1) : null;
    }

    private void skipDollarQuoted(String tag) throws Unterminated {
        int end = text.indexOf(tag, pos + tag.length());
        if (end < 0) {
            throw new Unterminated(lineAt(pos), "the dollar quote " + tag + " opened here is never closed");
        }
        pos = end + tag.length();
    }
}
