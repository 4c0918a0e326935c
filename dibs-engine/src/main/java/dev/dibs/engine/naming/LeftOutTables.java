package dev.dibs.engine.naming;

import java.util.List;

/**
 * The tables no inspection reads, in any schema: dibs's own ({@code __dibs_*}) and the history
 * tables of the migration tools dibs takes over from (Flyway's default name, Liquibase's two). A
 * Java table of such a name would be built and never seen, so the loader refuses one.
 */
public final class LeftOutTables {

    /** Flyway's default history table and Liquibase's two. */
    public static final List<String> HISTORY = List.of("flyway_schema_history", "databasechangelog", "databasechangeloglock");

    /** The prefix of dibs's own tables. */
    public static final String DIBS_PREFIX = "__dibs_";

    private LeftOutTables() {
    }

    /** Whose table a name is ({@code "Flyway's history table"}), or null when it is no left-out name. */
    public static String owner(String table) {
        if (table.startsWith(DIBS_PREFIX)) {
            return "dibs's own tables (" + DIBS_PREFIX + "*)";
        }
        return switch (table) {
            case "flyway_schema_history" -> "Flyway's history table";
            case "databasechangelog", "databasechangeloglock" -> "Liquibase's history tables";
            default -> null;
        };
    }
}
