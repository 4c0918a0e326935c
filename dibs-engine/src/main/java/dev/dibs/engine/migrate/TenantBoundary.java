package dev.dibs.engine.migrate;

import dev.dibs.engine.postgres.ConnectionInfo;
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
import java.util.List;
import java.util.Set;

/**
 * In tenant mode, a transactional migration must leave every object it creates or changes in its
 * tenant's schema: it runs once per tenant, so one qualified with a shared schema
 * ({@code CREATE TABLE public.accounts}) would be created there by the first tenant — whose own
 * schema stays without it, recorded as migrated — and refused for every other. The same holds for
 * what it changes of a shared object (a trigger, policy, constraint, comment or grant on a shared
 * table, a default privilege, a new schema), and for what it drops of them. Found in the catalog rows
 * the migration's transaction and its subtransactions wrote ({@code outside-tenant.sql}) and in the
 * locks of what it dropped ({@code tenant-probe.sql}, placed by {@code dropped-outside-tenant.sql}),
 * before it is recorded; the migration is then rolled back, naming what went astray.
 */
final class TenantBoundary {

    private TenantBoundary() {
    }

    static void check(Connection c, String tenant, ConnectionInfo database) throws SQLException {
        List<String> outside = new ArrayList<>();
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
                    outside.add(rs.getString("kind") + " " + rs.getString("identity"));
                }
            }
        }
        List<String> dropped = probe.droppedObjects().length == 0 ? List.of() : dropped(database, tenant, probe);
        if (!outside.isEmpty() || !dropped.isEmpty()) {
            throw new MigrationTransaction.Refused("it " + (outside.isEmpty() ? "" : "created or changed " + String.join(", ", outside))
                    + (outside.isEmpty() || dropped.isEmpty() ? "" : " and ")
                    + (dropped.isEmpty() ? "" : "dropped " + String.join(", ", dropped))
                    + ", outside the tenant's schema " + tenant + ". A migration runs once for each tenant with the search_path"
                    + " pinned to the tenant: write its names unqualified so that they land in each tenant (dibs:generate names"
                    + " the project's first schema unless run with -Ddibs.tenantReady=true). An object all"
                    + " tenants share belongs in a database outside the fleet.");
        }
    }

    /**
     * The objects the migration dropped that were outside the tenant's schema, asked of a connection of
     * its own ({@code dropped-outside-tenant.sql}): the migration's transaction sees them no more, the
     * database as others see it still holds them until that transaction ends.
     */
    private static List<String> dropped(ConnectionInfo database, String tenant, Probe probe) throws SQLException {
        List<String> dropped = new ArrayList<>();
        try (Connection before = database.open();
             PreparedStatement ps = before.prepareStatement(SqlResources.load(TenantBoundary.class, "dropped-outside-tenant"))) {
            ps.setString(1, tenant);
            ps.setArray(2, before.createArrayOf("oid", probe.droppedClasses()));
            ps.setArray(3, before.createArrayOf("oid", probe.droppedObjects()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dropped.add(rs.getString("kind") + " " + rs.getString("identity"));
                }
            }
        } catch (SQLException e) {
            throw new SQLException("dibs could not check whether what the migration dropped was outside the tenant's schema: it asks"
                    + " that of a second connection, which sees the objects the migration's open transaction dropped, and that"
                    + " failed: " + e.getMessage(), e.getSQLState(), e);
        }
        return dropped;
    }

    /**
     * What {@code tenant-probe.sql} found: how far above the migration's own transaction id those of
     * its subtransactions can be, the system catalogs written ({@code null}: not counted), and the
     * objects it dropped (or made and dropped), by catalog and id.
     */
    private record Probe(int xidWindow, Set<String> written, Long[] droppedClasses, Long[] droppedObjects) {
    }

    /**
     * Runs {@code tenant-probe.sql}: the distance to the id of a row written into the tenant's
     * {@code __dibs_tables} in a subtransaction made for it and rolled back at once, the
     * catalogs PostgreSQL counted writes to, and the objects the transaction holds the lock of a
     * drop on and no longer sees.
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
                                return new Probe(window, written, (Long[]) rs.getArray("dropped_classes").getArray(),
                                        (Long[]) rs.getArray("dropped_objects").getArray());
                            }
                        }
                    }
                }
                results = s.getMoreResults();
            }
        } catch (SQLException e) {
            throw new SQLException("dibs could not check what the migration made outside the tenant's schema: the row it writes into "
                    + Sql.name(tenant) + ".__dibs_tables in a savepoint, and rolls back at once, to tell the migration's own"
                    + " subtransactions from later transactions, was refused: " + e.getMessage(), e.getSQLState(), e);
        }
        throw new SQLException("tenant-probe.sql returned " + (window == null ? "no row" : "no catalogs"));
    }
}
