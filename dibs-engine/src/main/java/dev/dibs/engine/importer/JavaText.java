package dev.dibs.engine.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in Java source: string literals, and Javadoc that the dibs annotation processor reads back
 * as exactly the comment it came from (it strips each line, drops a leading {@code *}, starts a
 * block tag at a line's {@code @}, reduces inline tags, and javac turns {@code \}{@code u} into
 * a Unicode escape everywhere).
 */
final class JavaText {

    private JavaText() {
    }

    /** A string literal; control characters as octal escapes (a Unicode escape of a line break would end the literal). */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append('\\').append(Integer.toOctalString(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Why a comment cannot be Javadoc that reads back the same, or null when it can. */
    static String whyNotJavadoc(String comment) {
        if (!comment.equals(comment.strip())) {
            return "it begins or ends with white space, which Javadoc drops";
        }
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (c == '\r' || Character.isISOControl(c) && c != '\n' && c != '\t') {
                return "it holds the control character U+" + String.format("%04X", (int) c) + ", which Javadoc cannot carry";
            }
        }
        return null;
    }

    /**
     * The lines of {@code comment} written so that the processor reads it back unchanged: inner
     * white space at a line's ends kept in {@code {@code …}}, a leading {@code @} or {@code *} and
     * any <code>{&#64;</code> or <code>*&#47;</code> hidden in {@code {@literal …}}, backslashes
     * as Unicode escapes. Check {@link #whyNotJavadoc} first.
     */
    static List<String> javadocLines(String comment) {
        List<String> out = new ArrayList<>();
        for (String line : comment.split("\n", -1)) {
            String body = line.strip();
            int lead = line.indexOf(body.isEmpty() ? "" : body);
            String leading = body.isEmpty() ? "" : line.substring(0, lead);
            String trailing = body.isEmpty() ? line : line.substring(lead + body.length());
            body = body.replace("\\", "\\u005c").replace("{@", "{{@literal @}").replace("*/", "*{@literal /}");
            if (body.startsWith("@") || body.startsWith("*")) {
                body = "{@literal " + body.charAt(0) + "}" + body.substring(1);
            }
            out.add(space(leading) + body + space(trailing));
        }
        return out;
    }

    /** White space the processor would strip, kept: {@code {@code} drops only the one space after its name. */
    private static String space(String whitespace) {
        return whitespace.isEmpty() ? "" : "{@code " + whitespace.replace("\\", "\\u005c") + "}";
    }

    /**
     * An expression without the parentheses PostgreSQL puts around a whole check, predicate or
     * generation expression ({@code (age >= 0)} → {@code age >= 0}), as a person writes it.
     */
    static String unwrapped(String expression) {
        String e = expression.strip();
        if (e.length() < 2 || e.charAt(0) != '(' || closing(e) != e.length() - 1) {
            return expression;
        }
        return e.substring(1, e.length() - 1).strip();
    }

    /** The index of the parenthesis closing the one at 0, quotes and quoted names skipped; -1 when none. */
    private static int closing(String e) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
