package dev.dibs.engine.inspect;

import dev.dibs.engine.postgres.SqlResources;


/** The catalog queries, kept as resource files ({@code inspect/sql/*.sql}), one per object kind. */
final class CatalogSql {

    private CatalogSql() {
    }

    /** The text of {@code sql/<name>.sql}. */
    static String load(String name) {
        return SqlResources.load(CatalogSql.class, name);
    }

    /** A per-table query, with the managed-tables set prepended as the CTE {@code managed}. */
    static String withManagedTables(String name) {
        return "WITH managed AS (\n" + load("managed-tables") + "\n)\n" + load(name);
    }
}
