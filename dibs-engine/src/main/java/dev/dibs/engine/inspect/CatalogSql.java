package dev.dibs.engine.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The catalog queries, kept as resource files ({@code inspect/sql/*.sql}), one per object kind. */
final class CatalogSql {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CatalogSql() {
    }

    /** The text of {@code sql/<name>.sql}. */
    static String load(String name) {
        return CACHE.computeIfAbsent(name, CatalogSql::read);
    }

    /** A per-table query, with the managed-tables set prepended as the CTE {@code managed}. */
    static String withManagedTables(String name) {
        return "WITH managed AS (\n" + load("managed-tables") + "\n)\n" + load(name);
    }

    private static String read(String name) {
        String path = "sql/" + name + ".sql";
        try (InputStream in = CatalogSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
