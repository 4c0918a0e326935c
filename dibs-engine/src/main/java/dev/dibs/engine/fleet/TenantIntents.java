package dev.dibs.engine.fleet;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The Java schema of a tenant schema: the {@code @Table} classes land in the tenant's schema, which
 * replaces the first of {@code schemas} (the loader refuses a {@code @Table} naming its own schema).
 * What still lands elsewhere — a JPA entity's {@code @Table(schema)}, an enum type — has no place
 * there either, every tenant would share it, and is refused.
 */
public final class TenantIntents {

    private TenantIntents() {
    }

    /**
     * The Java schema of each target: loaded for its schemas ({@code load} reads the classes with
     * those schemas), checked for tables outside the tenant; one schema for all when the fleet has no tenants.
     */
    public static Function<FleetTarget, LoadedSchema> of(BiFunction<List<String>, String, LoadedSchema> load, List<String> schemas) {
        LoadedSchema[] whole = new LoadedSchema[1];
        return target -> {
            if (target.tenant() == null) {
                synchronized (whole) {
                    if (whole[0] == null) {
                        whole[0] = load.apply(schemas, null);
                    }
                    return whole[0];
                }
            }
            return checked(load.apply(target.schemas(schemas), target.tenant()), target.tenant());
        };
    }

    /** {@code intent} when every table and enum is in {@code tenant}; else a failure naming the classes. */
    public static LoadedSchema checked(LoadedSchema intent, String tenant) {
        List<String> outside = new ArrayList<>();
        for (Table t : intent.schema().tables()) {
            if (!t.name().schema().equals(tenant)) {
                outside.add(intent.origins().table(t.name()).map(o -> o.javaName()).orElse(t.name().toString())
                        + " (schema " + t.name().schema() + ")");
            }
        }
        for (EnumType e : intent.schema().enums()) {
            if (!e.name().schema().equals(tenant)) {
                outside.add("enum type " + e.name() + " (schema " + e.name().schema() + ")");
            }
        }
        if (!outside.isEmpty()) {
            throw new DibsException("With tenantSchemas, every table lands in each tenant's schema, but these are outside it: "
                    + String.join(", ", outside) + ". A table all tenants share belongs in a database outside the fleet: remove"
                    + " schema = … from a dibs @Table. JPA entities are not placed in tenant schemas (their tables stay where"
                    + " Hibernate puts them): compare them with targets, not tenantSchemas.");
        }
        return intent;
    }
}
