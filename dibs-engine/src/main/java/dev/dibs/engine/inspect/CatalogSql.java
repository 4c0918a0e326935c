package dev.dibs.engine.inspect;

import dev.dibs.engine.postgres.PgVersion;
import dev.dibs.engine.postgres.SqlResources;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The catalog queries, kept as resource files ({@code inspect/sql/*.sql}), one per object kind. */
final class CatalogSql {

    /** The queries as sent, by name, managed-tables prefix and server version: each made once per JVM. */
    private static final Map<String, String> SENT = new ConcurrentHashMap<>();

    /** Where a part of a query that only a database holding one kind of object needs starts, and where it ends. */

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

    /**
     * The query {@code name} as sent to a server of {@code versionNum} ({@code server_version_num}):
     * {@link #withManagedTables} when {@code withManaged}, its version's fragments filled in by
     * {@link #forVersion(String, int)}.
     */
    static String sent(String name, boolean withManaged, int versionNum) {
        return SENT.computeIfAbsent(name + (withManaged ? " with managed tables, " : ", ") + versionNum,
                key -> forVersion(withManaged ? withManagedTables(name) : load(name), versionNum));
    }

    /**
     * As {@link #sent(String, boolean, int)}, keeping of its {@code ${kind:…}} parts only those of
     * {@code kinds} (what unmodelled-kinds.sql found in the database); see
     * {@link #forKinds}.
     */
    static String sent(String name, int versionNum, Collection<String> kinds) {
        TreeSet<String> sorted = new TreeSet<>(kinds);
        return SENT.computeIfAbsent(name + ", " + versionNum + ", kinds " + sorted,
                key -> forKinds(forVersion(load(name), versionNum), sorted));
    }

    /** The kinds that {@code sql/<name>.sql} has parts for ({@link #forKinds}), in the order they first appear. */
    static Set<String> kinds(String name) {
        return SqlResources.kinds(load(name));
    }

    /** {@code sql} with the parts of the kinds not in {@code kinds} cut ({@link SqlResources#forKinds}). */
    static String forKinds(String sql, Collection<String> kinds) {
        return SqlResources.forKinds(sql, kinds);
    }

    /**
     * Fills in the fragments that depend on the server version ({@code server_version_num}):
     * {@code ${indnullsnotdistinct}} is the {@code pg_index} column on 15 and later, {@code false}
     * before (14 has no NULLS NOT DISTINCT); {@code ${conenforced}} and {@code ${conperiod}} are
     * the {@code pg_constraint} columns of 18 ({@code NOT ENFORCED}, {@code WITHOUT OVERLAPS} and
     * {@code PERIOD}), {@code true} and {@code false} before; {@code ${confdelsetcols}} the column
     * numbers a foreign key sets on delete when only some of its own (15 and later; null before);
     * {@code ${notnullconstraints}} says whether {@code NOT NULL} constraints are catalogued (and may
     * be {@code NOT VALID}): true from 18, false before (the planner then folds their lookup away); {@code ${colllocale}} is the column of an
     * ICU collation's locale (none on 14), {@code ${collicurules}} its tailoring rules (16 on, NULL before); {@code ${pubfilters}} adds a published table's column list
     * and row filter (15 and later).
     */
    static String forVersion(String sql, int versionNum) {
        PgVersion version = PgVersion.fromVersionNum(versionNum);
        return sql.replace("${indnullsnotdistinct}", version.hasNullsNotDistinct() ? "x.indnullsnotdistinct" : "false")
                .replace("${conenforced}", version.hasNotEnforcedConstraints() ? "k.conenforced" : "true")
                .replace("${conperiod}", version.hasTemporalConstraints() ? "k.conperiod" : "false")
                .replace("${notnullconstraints}", Boolean.toString(version.hasNotNullConstraints()))
                .replace("${confdelsetcols}", version.hasForeignKeySetColumns() ? "k.confdelsetcols" : "NULL::pg_catalog.int2[]")
                .replace("${colllocale}", version.collationLocaleColumn() == null ? "NULL::text" : "c." + version.collationLocaleColumn())
                .replace("${collicurules}", version.hasCollationRules() ? "c.collicurules" : "NULL::text")
                .replace("${pubfilters}", version.hasPublicationFilters()
                        ? "|| COALESCE(' (' || pg_catalog.array_to_string(t.attnames, ', ') || ')', '')"
                          + " || COALESCE(' WHERE ' || t.rowfilter, '')" : "");
    }
}
