package dev.dibs.engine.fleet;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.JdbcUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One member of a fleet: a database, or a tenant schema in one.
 *
 * @param database how to reach it (credentials never printed)
 * @param tenant   the tenant schema, or null for a whole database
 * @param source   where the target was listed, for messages ({@code targetsFile fleet.txt line 3}, …)
 */
public record FleetTarget(ConnectionInfo database, String tenant, String source) {

    public FleetTarget {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(source, "source");
    }

    /** {@code host:port/database}, and {@code #tenant} for a tenant schema: how reports and logs name it. */
    public String name() {
        String url = server() + "/" + database.database();
        return tenant == null ? url : url + "#" + tenant;
    }

    /** The server it is on ({@code host:port}): parallelism is bounded per server. */
    public String server() {
        return JdbcUrls.server(database.url());
    }

    /** The managed schemas on this target: a tenant schema replaces the first configured one. */
    public List<String> schemas(List<String> configured) {
        if (tenant == null) {
            return configured;
        }
        List<String> schemas = new ArrayList<>();
        schemas.add(tenant);
        configured.stream().skip(1).filter(s -> !s.equals(tenant)).forEach(schemas::add);
        return List.copyOf(schemas);
    }
}
