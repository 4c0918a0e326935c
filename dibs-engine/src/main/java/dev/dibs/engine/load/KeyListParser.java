package dev.dibs.engine.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the comma-separated key lists of {@code @Index(columns = ...)}, {@code include},
 * {@code @UniqueConstraint(columns = ...)} and {@code @ForeignKey}: names, or expressions in
 * parentheses (or written as a call, {@code lower(email)}), each optionally followed by
 * {@code ASC}/{@code DESC} and {@code NULLS FIRST}/{@code NULLS LAST}. An index key may also name
 * its collation and operator class, in PostgreSQL's order: {@code name COLLATE "C" text_pattern_ops DESC},
 * {@code path gist_trgm_ops(siglen=32)}.
 */
final class KeyListParser {

    /**
     * One parsed key; {@code nullsFirst} is null when not written, {@code collation} and
     * {@code opclass} when not named (each as written, a checked name, the class with its parameters).
     */
    record Key(String text, boolean expression, boolean descending, Boolean nullsFirst, String collation, String opclass) {
    }

    private KeyListParser() {
    }

    /** Splits on commas outside parentheses and quotes. */
    static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean single = false;
        boolean dbl = false;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (!single && !dbl) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    parts.add(current.toString().trim());
                    current.setLength(0);
                    continue;
                }
            }
            current.append(c);
        }
        if (!current.toString().isBlank() || !parts.isEmpty()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }

    /** Parses index keys; throws {@link IllegalArgumentException} with a readable reason. */
    static List<Key> parseIndexKeys(String list) {
        List<Key> keys = new ArrayList<>();
        for (String part : split(list)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("an empty key in \"" + list + "\"");
            }
            keys.add(parseKey(part));
        }
        return keys;
    }

    private static Key parseKey(String part) {
        String body;
        String rest;
        boolean expression;
        int end = endOfBody(part);
        body = part.substring(0, end).trim();
        rest = part.substring(end).trim();
        if (body.startsWith("(")) {
            expression = true;
            body = body.substring(1, body.length() - 1).trim();
        } else {
            expression = body.contains("(");
            if (!expression && body.startsWith("\"") && body.endsWith("\"")) {
                body = body.substring(1, body.length() - 1).replace("\"\"", "\"");
            }
        }
        KeySuffix options = KeySuffix.parse(part, rest);
        return new Key(body, expression, options.descending(), options.nullsFirst(), options.collation(), options.opclass());
    }

    /** The end of a key's name or expression: the matching parenthesis, or the first space outside quotes. */
    private static int endOfBody(String part) {
        int depth = 0;
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (!single && !dbl) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0 && part.charAt(0) == '(') {
                        return i + 1;
                    }
                } else if (Character.isWhitespace(c) && depth == 0) {
                    return i;
                }
            }
        }
        if (depth != 0 || single || dbl) {
            throw new IllegalArgumentException("unbalanced parentheses or quotes in \"" + part + "\"");
        }
        return part.length();
    }

    /** Parses a plain column-name list ({@code "a, b"}); throws on expressions or options. */
    static List<String> parseNames(String list) {
        List<String> names = new ArrayList<>();
        for (String part : split(list)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("an empty column name in \"" + list + "\"");
            }
            if (part.startsWith("\"") && part.endsWith("\"") && part.length() > 1) {
                names.add(part.substring(1, part.length() - 1).replace("\"\"", "\""));
            } else if (part.matches("[\\p{L}_][\\p{L}\\p{N}_$]*")) {
                names.add(part);
            } else {
                throw new IllegalArgumentException("\"" + part + "\" is not a column name");
            }
        }
        return names;
    }
}
