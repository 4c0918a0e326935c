package dev.dibs.engine.load;

import io.github.classgraph.AnnotationInfo;
import java.util.List;

/** dibs's {@code @Column(statistics)}, read the same on records, classes and JPA entity members. */
public final class ColumnStatistics {

    private ColumnStatistics() {
    }

    /**
     * The statistics target {@code column} declares: null for the server's default ({@code -1}, or no
     * {@code @Column}), else a target from 0 to 10,000; one outside is a problem at {@code where}.
     */
    public static Integer target(String where, AnnotationInfo column, List<Problem> problems) {
        int target = column == null ? -1 : Annotations.integer(column, "statistics");
        if (target == -1) {
            return null;
        }
        if (target < 0 || target > 10_000) {
            problems.add(new Problem(where, "@Column(statistics = " + target + ") is no statistics target: PostgreSQL takes 0"
                    + " (no statistics) to 10000.", "give a target from 0 to 10000, or leave statistics out for the server's"
                    + " default_statistics_target."));
            return null;
        }
        return target;
    }

    /** The parameters written on dibs's {@code @Column} besides {@code statistics} and {@code collation}, in the order ClassGraph gives them. */
    public static List<String> otherParameters(AnnotationInfo column) {
        return column.getParameterValues(false).stream().map(p -> p.getName())
                .filter(n -> !n.equals("statistics") && !n.equals("collation")).toList();
    }
}
