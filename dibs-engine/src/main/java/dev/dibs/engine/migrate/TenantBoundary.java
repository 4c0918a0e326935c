package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.LockTimeout;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In tenant mode, a transactional migration must leave every object it creates or changes in its
 * tenant's schema: it runs once per tenant, so one qualified with a shared schema
 * ({@code CREATE TABLE public.accounts}) would be created there by the first tenant — whose own
 * schema stays without it, recorded as migrated — and refused for every other. The same holds for
 * what it changes of a shared object (a trigger, policy, constraint, comment or grant on a shared
 * table, a default privilege, a new schema), and for what it drops of them or moves into its schema. Found in the catalog rows
 * the migration's transaction and its subtransactions wrote ({@code outside-tenant.sql}) and in the
 * locks of what it dropped ({@code tenant-probe.sql}, placed by {@code taken-from-outside.sql}),
 * before it is recorded; the migration is then rolled back, naming what went astray.
 */
final class TenantBoundary {

    private TenantBoundary() {
    }

    static void check(Connection c, String tenant, ConnectionInfo database) throws SQLException {
        List<String> outside = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute(SqlResources.load(TenantBoundary.class, "deferred-now"));
        }
        Probe probe = probe(c, tenant);
        String sql = SqlResources.load(TenantBoundary.class, "outside-tenant");
        // the parts for the catalogs the transaction wrote; all of them where PostgreSQL counted nothing
        Set<String> kinds = probe.written() == null ? SqlResources.kinds(sql) : new HashSet<>(probe.written());
        if (kinds.contains("pg_description") || kinds.contains("pg_shdescription") || kinds.contains("pg_shdepend")) {
            kinds.add("generic"); // the part that places what those name
        }
        sql = SqlResources.forKinds(sql, kinds);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setInt(2, probe.xidWindow());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // PostgreSQL's own words (pg_identify_object): "table public.accounts", "trigger audit on public.plans"
                    // a name a migration gave can hold a line feed: escaped, it cannot forge a line of the build's output
                    outside.add(Printable.escape(rs.getString("kind") + " " + rs.getString("identity")));
                }
            }
        }
        Map<String, List<String>> taken = probe.lockedObjects().length == 0 ? Map.of() : taken(database, tenant, probe);
        List<String> done = new ArrayList<>();
        if (!outside.isEmpty()) {
            done.add("created or changed " + String.join(", ", outside));
        }
        taken.forEach((how, objects) -> done.add(how + " " + String.join(", ", objects)));
        if (!done.isEmpty()) {
            throw new MigrationTransaction.Refused("it " + String.join(" and ", done) + ", outside the tenant's schema " + Printable.escape(tenant) + ". A migration runs once for each tenant with the search_path"
                    + " pinned to the tenant: write its names unqualified so that they land in each tenant (dibs:generate names"
                    + " the project's first schema unless run with -Ddibs.tenantReady=true). An object all"
                    + " tenants share belongs in a database outside the fleet.");
        }
    }

    /**
     * The objects outside the tenant's schema that the migration dropped or moved into it, by verb
     * ("dropped", "moved"), asked of a connection of its own ({@code taken-from-outside.sql}): the
     * database as others see it holds them where they were until the migration's transaction ends.
     */
    private static Map<String, List<String>> taken(ConnectionInfo database, String tenant, Probe probe) throws SQLException {
        Map<String, List<String>> taken = new LinkedHashMap<>();
        try (Connection before = database.open()) {
            // what it reads could wait on a lock the migration holds, which no deadlock check sees
            LockTimeout.set(before, "10s", false);
            try (PreparedStatement ps = before.prepareStatement(SqlResources.load(TenantBoundary.class, "taken-from-outside"))) {
                ps.setString(1, tenant);
                ps.setArray(2, before.createArrayOf("oid", probe.lockedClasses()));
                ps.setArray(3, before.createArrayOf("oid", probe.lockedObjects()));
                ps.setArray(4, before.createArrayOf("oid", probe.lockedNamespaces()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taken.computeIfAbsent(rs.getString("how"), k -> new ArrayList<>())
                                .add(Printable.escape(rs.getString("kind") + " " + rs.getString("identity")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SQLException("dibs could not check whether what the migration dropped or moved was outside the tenant's schema:"
                    + " it asks that of a second connection, which sees the database as it was before the migration's open"
                    + " transaction, and that failed: " + Printable.message(e), e.getSQLState(), e);
        }
        return taken;
    }

    /**
     * What {@code tenant-probe.sql} found: how far above the migration's own transaction id those of
     * its subtransactions can be, the system catalogs written ({@code null}: not counted), and the
     * objects it holds the lock of a drop on that it dropped (or made and dropped) or, where it moved
     * something, that are still there: by catalog, id and schema now (null: dropped), in one order.
     */
    private record Probe(int xidWindow, Set<String> written, Long[] lockedClasses, Long[] lockedObjects, Long[] lockedNamespaces) {
    }

    /**
     * Runs {@code tenant-probe.sql}: the distance to the id of a row written into the tenant's
     * {@code __dibs_tables} in a subtransaction made for it and rolled back at once, the
     * catalogs PostgreSQL counted writes to, and the objects the transaction holds the lock of a
     * drop on and no longer sees (or, where it moved something, still sees).
     */
    private static Probe probe(Connection c, String tenant) throws SQLException {
        String sql = MetadataStore.onSchema("tenant-probe", tenant); // in tenant mode the tenant holds __dibs_tables
        Integer window = null;
        try (Statement s = c.createStatement()) {
            boolean results = s.execute(sql);
            while (results || s.getUpdateCount() != -1) {
                if (results) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (rs.next()) {
                            if (window == null) {
                                window = rs.getInt("xid_window");
                            } else {
                                Set<String> written = rs.getBoolean("counted")
                                        ? new HashSet<>(Arrays.asList((String[]) rs.getArray("written").getArray())) : null;
                                return new Probe(window, written, (Long[]) rs.getArray("locked_classes").getArray(),
                                        (Long[]) rs.getArray("locked_objects").getArray(),
                                        (Long[]) rs.getArray("locked_namespaces").getArray());
                            }
                        }
                    }
                }
                results = s.getMoreResults();
            }
        } catch (SQLException e) {
            throw new SQLException("dibs could not check what the migration did outside the tenant's schema: tenant-probe.sql, which"
                    + " writes a row into " + Sql.name(tenant) + ".__dibs_tables in a savepoint it rolls back at once (to tell the"
                    + " migration's own subtransactions from later transactions), then reads the catalogs the transaction wrote and"
                    + " the locks it holds, failed: " + Printable.message(e), e.getSQLState(), e);
        }
        throw new SQLException("tenant-probe.sql returned " + (window == null ? "no row" : "no catalogs"));
    }
}
