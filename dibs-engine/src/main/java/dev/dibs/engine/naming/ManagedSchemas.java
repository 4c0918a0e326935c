package dev.dibs.engine.naming;

import dev.dibs.engine.DibsException;
import java.util.List;

/**
 * Checks the {@code schemas} dibs is asked to manage. PostgreSQL's own schemas
 * ({@code pg_catalog}, {@code information_schema}, {@code pg_toast}, and every {@code pg_*} name,
 * a prefix PostgreSQL reserves for itself) hold the catalog: dibs must never plan changes there,
 * and without this check the first sign would be a failed statement blamed on an annotation.
 */
public final class ManagedSchemas {

    private ManagedSchemas() {
    }

    /**
     * Whether PostgreSQL owns the schema {@code name}. Case-sensitive, as PostgreSQL's own check
     * is: {@code CREATE SCHEMA "PG_x"} is allowed, {@code pg_x} is not.
     */
    public static boolean isSystemSchema(String name) {
        return name.equals("information_schema") || name.startsWith("pg_");
    }

    /**
     * The list itself when every schema in it may be managed.
     *
     * @throws DibsException naming the first system schema and the {@code schemas} parameter
     */
    public static List<String> checked(List<String> schemas) {
        for (String schema : schemas) {
            if (isSystemSchema(schema)) {
                throw new DibsException("schemas names \"" + schema + "\", a PostgreSQL system schema, which dibs cannot "
                        + "manage: remove it from the schemas parameter (dibs.schemas) and list only your application's schemas.");
            }
        }
        return schemas;
    }
}
