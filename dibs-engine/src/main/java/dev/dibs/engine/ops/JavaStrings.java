package dev.dibs.engine.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Java source for a string that javac turns back into exactly that string, byte for byte: a text
 * block where one can hold it, else a plain literal. A migration whose SQL came back changed (a
 * space lost before a line break, say) would never match the Java schema again.
 *
 * <p>Only ASCII is written: other characters become {@code \}{@code uXXXX} escapes, so the result
 * does not depend on the encoding the user's build compiles with.
 */
final class JavaStrings {

    private JavaStrings() {
    }

    /**
     * The expression for {@code text}: a plain literal for one line, a text block for several;
     * continuation lines start with {@code indent}. The text block ends on its last line
     * ({@code …)"""}), so no line break is added after the text.
     */
    static String expression(String text, String indent) {
        return text.indexOf('\n') >= 0 && fitsTextBlock(text) ? textBlock(text, indent) : plainLiteral(text, indent);
    }

    /**
     * javac strips white space at the start and end of every text block line, after it has
     * translated Unicode escapes; white space beyond ASCII cannot be protected from that.
     */
    static boolean fitsTextBlock(String text) {
        return text.chars().noneMatch(c -> c > 0x7F && Character.isWhitespace(c));
    }

    private static String textBlock(String text, String indent) {
        List<StringBuilder> lines = new ArrayList<>();
        int quotes = 0;
        for (String line : text.split("\n", -1)) {
            StringBuilder escaped = new StringBuilder();
            quotes = 0;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    // every third quote in a row is escaped, so that no """ closes the block early
                    escaped.append(quotes == 2 ? "\\\"" : "\"");
                    quotes = quotes == 2 ? 0 : quotes + 1;
                } else {
                    escaped.append(escape(c));
                    quotes = 0;
                }
            }
            if (escaped.length() > 0 && escaped.charAt(escaped.length() - 1) == ' ') {
                // javac strips trailing spaces; \s is a space it keeps, and it shields those before it
                escaped.replace(escaped.length() - 1, escaped.length(), "\\s");
            }
            lines.add(escaped);
        }
        StringBuilder last = lines.get(lines.size() - 1);
        if (quotes > 0) {
            // a quote right before the closing delimiter would join it
            last.replace(last.length() - 1, last.length(), "\\\"");
        }
        if (last.length() > 0 && lines.stream().noneMatch(l -> l.length() > 0 && l.charAt(0) != ' ')) {
            // javac removes the indentation common to all lines; with the delimiter after text, a line
            // starting with \s keeps that common part at exactly the indent
            StringBuilder first = lines.stream().filter(l -> l.length() > 0).findFirst().orElseThrow();
            first.replace(0, 1, "\\s");
        }
        StringBuilder out = new StringBuilder("\"\"\"");
        for (StringBuilder line : lines) {
            out.append('\n').append(line.length() == 0 ? "" : indent).append(line);
        }
        if (last.length() == 0) {
            // the delimiter alone on its line sets the indentation, which then is not part of the text
            out.append(indent);
        }
        return out.append("\"\"\"").toString();
    }

    private static String plainLiteral(String text, String indent) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\n\"\n").append(indent).append("+ \"");
            } else {
                out.append(c == '"' ? "\\\"" : escape(c));
            }
        }
        return out.append('"').toString();
    }

    /** A character other than a line break or a quote, as text block and plain literal both take it. */
    private static String escape(char c) {
        if (c == '\\') {
            return "\\\\";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format(Locale.ROOT, "\\%03o", (int) c);
        }
        if (c > 0x7F) {
            return String.format(Locale.ROOT, "\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
