package dev.dibs.engine.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL kept as resource files beside the code that runs it: {@code sql/<name>.sql} in the package of
 * the class that asks, read once, and sent without its comments: the files explain themselves at
 * length (a third of unmanaged.sql, 46 KB, is prose), and the JDBC driver scans every character of a
 * statement it prepares, on each new connection, in a JVM that has not compiled that scan yet.
 */
public final class SqlResources {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResources() {
    }

    /** The text of {@code sql/<name>.sql} in {@code owner}'s package. */
    public static String load(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/sql/" + name + ".sql";
        return CACHE.computeIfAbsent(path, p -> read(owner, p));
    }

    private static String read(Class<?> owner, String path) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + path);
            }
            return withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code sql} with its comments gone and each run of white space and comments between two tokens
     * made one space, or one line break where the run held one (the text stays readable in a log);
     * strings, quoted names and dollar-quoted bodies kept character for character. One pass over the
     * characters, as {@link dev.dibs.engine.naming.SqlTokens} reads them (a test holds every resource
     * to the same tokens), without making a token of each.
     */
    static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        boolean gap = false;
        boolean lineBreak = false;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                return sql; // block comments nest in PostgreSQL: sent as written rather than cut one short
            }
            if (Character.isWhitespace(c)) {
                gap = true;
                lineBreak |= c == '\n';
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end; // the line break itself is the gap's
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(lineBreak ? '\n' : ' ');
            }
            gap = false;
            lineBreak = false;
            int end = literalEnd(sql, i);
            if (end < 0) {
                // a backslash before a quote in a string: an escape only in E'' strings, where the
                // tokenizer takes it for one in every string; sent as written rather than risk a literal
                return sql;
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    /**
     * Where what starts at {@code i} ends: past a whole string, quoted name or dollar-quoted body, else
     * past its one character; -1 for a string holding a backslash before a quote.
     */
    private static int literalEnd(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < sql.length()) {
                if (c == '\'' && sql.charAt(j) == '\\' && j + 1 < sql.length() && sql.charAt(j + 1) == '\'') {
                    return -1;
                }
                if (sql.charAt(j) == c) {
                    if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
                        j += 2; // a doubled quote inside
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return sql.length();
        }
        if (c == '$' && (i == 0 || !isNamePart(sql.charAt(i - 1)))) {
            int tagEnd = i + 1;
            while (tagEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
                tagEnd++;
            }
            if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$') {
                int close = sql.indexOf(sql.substring(i, tagEnd + 1), tagEnd + 1);
                return close < 0 ? sql.length() : close + tagEnd + 1 - i;
            }
        }
        return i + 1;
    }

    /** A character that continues a name ({@code $} too, after its first): a dollar sign there starts no body. */
    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
