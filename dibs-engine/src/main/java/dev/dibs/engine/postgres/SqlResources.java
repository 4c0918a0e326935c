package dev.dibs.engine.postgres;

import dev.dibs.engine.naming.SqlTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * made one space, or one line break where the run held one (the text stays readable in a log); the
     * tokens themselves (strings, quoted names, dollar-quoted bodies) kept character for character.
     */
    static String withoutComments(String sql) {
        if (sql.contains("\\'") || sql.contains("/*")) {
            // where the tokenizer and PostgreSQL could disagree (a backslash before a quote counts as an
            // escape only in E'' strings; block comments nest): sent as written rather than risk a literal
            return sql;
        }
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        StringBuilder out = new StringBuilder(sql.length() / 2);
        int last = 0;
        for (SqlTokens.Positioned t : tokens) {
            if (t.start() > last && !out.isEmpty()) {
                out.append(sql.substring(last, t.start()).indexOf('\n') >= 0 ? '\n' : ' ');
            }
            out.append(sql, t.start(), t.end());
            last = t.end();
        }
        return out.toString();
    }
}
