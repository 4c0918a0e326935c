package dev.dibs.engine.naming;

/**
 * Names and texts from a database or the Java schema, made safe to print on one line: a table
 * named {@code "x\n[INFO] dibs: no differences"} must not forge a log line, nor an escape sequence
 * recolour the terminal. Control, line-separator and format characters (bidirectional overrides
 * among them) are written as escapes; everything else is kept.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with {@code \n}, {@code \r}, {@code \t} and other such characters escaped ({@code \u001b}). */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        // a loop, printable ASCII passed over without a lookup: every name and line of a report comes
        // through here, thousands at 1,000 tables, in a JVM that has not compiled a stream yet
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7e) && needsEscape(text.codePointAt(i))) {
                return escaped(text);
            }
        }
        return text;
    }

    /**
     * A message of several lines, each made safe as {@link #escape} makes one, the line breaks kept
     * ({@code \r\n} written as {@code \n}):
     * for failure messages, whose lines Maven prints each behind {@code [ERROR]}. A carriage return
     * or an escape sequence in a name a message quotes can then no more overwrite that prefix or
     * recolour the terminal than in a one-line text.
     */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            // a line break written \r\n (a file from Windows quoted in a message) is one break
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.append(escape(text.substring(start, lineEnd))).append('\n');
            start = end + 1;
        }
        return out.append(escape(text.substring(start))).toString();
    }

    /**
     * An exception's message as one line of a message of dibs's own: the PostgreSQL driver puts its
     * detail, hint and where on lines of their own (a detail may quote a row's data), each behind
     * two spaces, which become one; the rest is escaped. The class's name when it has no message.
     */
    public static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return escape(text.replace("\n  ", " "));
    }

    /**
     * A value that may span lines (what PostgreSQL said, which can quote a row's data; a statement)
     * for a message of several lines: each line made safe as {@link #escape} makes one, every line
     * after the first behind {@code indent}, so that no line of the value starts a line of the message
     * of its own, however it begins ({@code "[INFO] BUILD SUCCESS"}).
     */
    public static String indented(String text, String indent) {
        return text == null ? null : lines(text).replace("\n", "\n" + indent);
    }

    /**
     * SQL to show on a console: a quoted name holding a line break or another character that does
     * not print ({@code "d\n[INFO] BUILD SUCCESS"}, as a database or a reference may have) written as
     * PostgreSQL's Unicode-escaped name, {@code U&"d\000a[INFO] BUILD SUCCESS"}, which names the same
     * object on one line, so that neither a line of the console nor {@link #oneLine} (which would
     * make the line break a space: another name) changes what is shown. The rest is left as it is
     * (a function body or a comment of several lines keeps them).
     */
    public static String sql(String sql) {
        if (sql == null || sql.indexOf('"') < 0 || escape(sql).equals(sql)) {
            return sql; // no quoted name, or nothing that does not print
        }
        StringBuilder out = null;
        int copied = 0;
        for (SqlTokens.Positioned t : SqlTokens.tokenizeWithPositions(sql)) {
            String raw = sql.substring(t.start(), t.end());
            if (t.token().kind() != SqlTokens.Kind.QUOTED_IDENTIFIER || raw.length() < 2 || raw.equals(escape(raw))) {
                continue;
            }
            out = out == null ? new StringBuilder(sql.length() + 16) : out;
            unicodeEscaped(raw.substring(1, raw.length() - 1), out.append(sql, copied, t.start()));
            copied = t.end();
        }
        return out == null ? sql : out.append(sql, copied, sql.length()).toString();
    }

    /** {@code U&"…"} of a quoted name's inside (its quotes still doubled): a backslash doubled, what does not print as {@code \XXXX}. */
    private static void unicodeEscaped(String inner, StringBuilder out) {
        out.append("U&\"");
        inner.codePoints().forEach(cp -> {
            if (cp == '\\') {
                out.append("\\\\");
            } else if (!needsEscape(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(cp > 0xFFFF ? String.format("\\+%06x", cp) : String.format("\\%04x", cp));
            }
        });
        out.append('"');
    }

    /**
     * {@code text} with each run of white space (space, tab, line feed, vertical tab, form feed,
     * carriage return: what the pattern {@code \s} matches) made one space, as
     * {@code text.replaceAll("\\s+", " ")} does, without compiling a pattern per call: the statements of a
     * plan are put on one line for messages and the console, thousands at 1,000 tables.
     */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWhite(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} with what {@link #escape} escapes escaped (package-private: the test's stream-based check ends here too). */
    static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (!needsEscape(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04x", cp));
            }
        });
        return sb.toString();
    }

    static boolean needsEscape(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
