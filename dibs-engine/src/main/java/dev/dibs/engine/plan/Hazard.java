package dev.dibs.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What a statement may do to a running database. The set is closed and depends on the statement
 * alone, never on the rows there happen to be today: the same plan must be judged the same way
 * before it meets production. Each hazard explains itself in one line, shown wherever it is.
 */
public enum Hazard {
    DELETES_DATA("drops a table, a column or an enum label, or narrows a type: the data it held is gone"),
    REWRITES_TABLE("rewrites every row (a type change that is not binary-compatible, a volatile default): "
            + "time and disk in proportion to the table, under an exclusive lock"),
    ACQUIRES_ACCESS_EXCLUSIVE_LOCK("takes an ACCESS EXCLUSIVE lock: no reads or writes of the table until the "
            + "transaction commits, and it queues behind running queries"),
    VALIDATES_EXISTING_ROWS("checks every existing row (NOT NULL, CHECK, FOREIGN KEY, UNIQUE on an existing table): "
            + "fails if one does not pass, and reads the whole table"),
    INDEX_BUILD("builds an index on an existing table: without CONCURRENTLY it blocks writes while it builds"),
    CHANGES_ROW_ACCESS("enables, forces or disables row-level security, or creates, alters or drops a policy, on an existing "
            + "table: which rows a role can read and "
            + "write changes at once; enabled on a table without policies, roles other than its owner see no rows at all"),
    CHANGES_BEHAVIOR("replaces, drops or disables a function, procedure, operator, trigger or view, or adds a table to or takes it "
            + "from an inheritance parent: what calls, reads and writes do changes at once, for every session, and a caller written "
            + "for the old definition may fail");

    private final String explanation;

    Hazard(String explanation) {
        this.explanation = explanation;
    }

    /** One line saying what the hazard means for a running database. */
    public String explanation() {
        return explanation;
    }

    /** Sorted by name, each once: the one order hazards are printed in, in every report and JVM. */
    public static List<Hazard> sorted(Collection<Hazard> hazards) {
        if (hazards.isEmpty()) {
            return List.of();
        }
        boolean[] present = new boolean[BY_NAME.length];
        for (Hazard h : hazards) {
            present[h.ordinal()] = true;
        }
        List<Hazard> out = new ArrayList<>(BY_NAME.length);
        for (Hazard h : BY_NAME) {
            if (present[h.ordinal()]) {
                out.add(h);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@link #sorted} names. */
    public static List<String> names(Collection<Hazard> hazards) {
        List<Hazard> sorted = sorted(hazards);
        List<String> names = new ArrayList<>(sorted.size());
        for (Hazard h : sorted) {
            names.add(h.name());
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Every hazard, sorted by name once: {@link #sorted} picks from it rather than sorting a stream
     * per call (a report calls it for each of thousands of statements, in a JVM that has not compiled
     * streams yet).
     */
    private static final Hazard[] BY_NAME = java.util.Arrays.stream(values()).sorted(Comparator.comparing(Enum::name))
            .toArray(Hazard[]::new);
}
