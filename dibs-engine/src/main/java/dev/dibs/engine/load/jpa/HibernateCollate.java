package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.ColumnCollation;
import dev.dibs.engine.load.Problem;
import java.util.List;

/**
 * Hibernate's {@code @Collate("…")}: the collation's name, which Hibernate's PostgreSQL dialect writes
 * quoted after {@code collate} ({@code @Collate("C")} → {@code collate "C"}), so it is read as
 * dibs's {@code @Column(collation)} is: one name of pg_catalog, case and all.
 */
final class HibernateCollate {

    private HibernateCollate() {
    }

    /** The collation's name, or null with a problem at {@code where}. */
    static String name(String where, String value, List<Problem> problems) {
        String problem = ColumnCollation.problem(value);
        if (problem != null) {
            problems.add(new Problem(where, "Hibernate's @Collate(\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\") "
                    + problem + ".", "give the collation's bare name, which Hibernate quotes: @Collate(\"C\"),"
                    + " @Collate(\"ucs_basic\")."));
            return null;
        }
        return value;
    }
}
