package dev.dibs.engine.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
            // included after the comments went: a placeholder in a comment is no include
            return withIncludes(withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String MANAGED_CHILD = "${managed_child:";

    /**
     * {@code sql} with each {@code ${managed_child:alias}} replaced by {@code managed-child.sql} (in this
     * package) for that alias of {@code pg_class}: the one test of which inheritance children dibs
     * manages, shared by the inspection and the plan's blockers.
     */
    static String withIncludes(String sql) {
        int at = sql.indexOf(MANAGED_CHILD);
        if (at < 0) {
            return sql;
        }
        String fragment;
        try (InputStream in = SqlResources.class.getClassLoader().getResourceAsStream(
                SqlResources.class.getPackageName().replace('.', '/') + "/sql/managed-child.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource managed-child.sql");
            }
            fragment = withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder(sql.length() + 2 * fragment.length());
        int from = 0;
        while (at >= 0) {
            int end = sql.indexOf('}', at);
            String alias = end < 0 ? "" : sql.substring(at + MANAGED_CHILD.length(), end);
            if (!alias.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalStateException("${managed_child:…} needs a plain alias, at offset " + at);
            }
            out.append(sql, from, at).append('\n').append(fragment.replace("the_table.", alias + ".")).append('\n');
            from = end + 1;
            at = sql.indexOf(MANAGED_CHILD, from);
        }
        return out.append(sql, from, sql.length()).toString();
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
     * Where the token starting at {@code i} ends, as {@link dev.dibs.engine.naming.SqlTokens} reads it: a
     * string (an {@code E''} one too), a quoted name or a dollar-quoted body whole, a name or a number
     * whole (so a dollar sign inside either starts no body), else one character; -1 for a string
     * holding a backslash before a quote.
     */
    private static int literalEnd(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            return quotedEnd(sql, i, c);
        }
        if (c == '$') {
            int tagEnd = i + 1;
            while (tagEnd < n && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
                tagEnd++;
            }
            if (tagEnd < n && sql.charAt(tagEnd) == '$') {
                int close = sql.indexOf(sql.substring(i, tagEnd + 1), tagEnd + 1);
                return close < 0 ? n : close + tagEnd + 1 - i;
            }
            return i + 1;
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i;
            while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                j++;
            }
            return j - i == 1 && j < n && sql.charAt(j) == '\'' ? quotedEnd(sql, j, '\'') : j; // E'…', B'…', X'…', N'…'
        }
        if (Character.isDigit(c)) {
            int j = i;
            while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                j++;
            }
            return j;
        }
        return i + 1;
    }

    /** Past the closing {@code quote} of what opens at {@code i} (a doubled one is inside); -1 for {@code \'} in a string. */
    private static int quotedEnd(String sql, int i, char quote) {
        int j = i + 1;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (quote == '\'' && c == '\\' && j + 1 < sql.length() && sql.charAt(j + 1) == '\'') {
                return -1;
            }
            if (c == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.length();
    }

    private static final String KIND = "${kind:";
    private static final String END = "${end}";

    /** The kinds that {@code sql} has parts for ({@link #forKinds}), in the order they first appear. */
    public static Set<String> kinds(String sql) {
        Set<String> kinds = new LinkedHashSet<>();
        for (int at = sql.indexOf(KIND); at >= 0; at = sql.indexOf(KIND, at + 1)) {
            kinds.add(sql.substring(at + KIND.length(), sql.indexOf('}', at)));
        }
        return kinds;
    }

    /**
     * {@code sql} with each part between {@code ${kind:<kind>}} and the next {@code ${end}} kept
     * (its two markers gone) when {@code kinds} holds that kind, else cut whole, so that a database
     * without a kind is not asked for it. A marker not closed, a part in a part, or an {@code ${end}}
     * without its start is a mistake in the resource: thrown, never sent.
     */
    public static String forKinds(String sql, Collection<String> kinds) {
        StringBuilder out = new StringBuilder(sql.length());
        int at = 0;
        while (true) {
            int start = sql.indexOf(KIND, at);
            int strayEnd = sql.indexOf(END, at);
            if (start < 0) {
                if (strayEnd >= 0) {
                    throw new IllegalStateException("${end} without its ${kind:…} at offset " + strayEnd);
                }
                return out.append(sql, at, sql.length()).toString();
            }
            if (strayEnd >= 0 && strayEnd < start) {
                throw new IllegalStateException("${end} without its ${kind:…} at offset " + strayEnd);
            }
            int nameEnd = sql.indexOf('}', start);
            int end = sql.indexOf(END, start);
            if (nameEnd < 0 || end < 0) {
                throw new IllegalStateException("${kind:…} not closed by ${end} at offset " + start);
            }
            int nested = sql.indexOf(KIND, start + KIND.length());
            if (nested >= 0 && nested < end) {
                throw new IllegalStateException("${kind:…} inside another at offset " + nested);
            }
            out.append(sql, at, start);
            if (kinds.contains(sql.substring(start + KIND.length(), nameEnd))) {
                out.append(sql, nameEnd + 1, end);
            }
            at = end + END.length();
        }
    }
}
