package dev.dibs.engine.render;

import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.Routine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order {@link CreateScript} creates routines in: each after the routines it calls. */
final class RoutineOrder {

    private RoutineOrder() {
    }

    /**
     * {@code routines} with each one after those of the list it depends on; a cycle (which
     * PostgreSQL cannot build either) keeps the rest in signature order, for PostgreSQL to refuse.
     */
    static List<Routine> dependenciesFirst(List<Routine> routines) {
        Map<String, Routine> left = new LinkedHashMap<>();
        routines.forEach(r -> left.put("routine " + r.signature(), r));
        List<Routine> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (!left.isEmpty() && progress) {
            progress = false;
            for (var entry : new ArrayList<>(left.entrySet())) {
                boolean ready = entry.getValue().dependsOn().stream()
                        .noneMatch(d -> d.startsWith("routine ") && left.containsKey(d) && !done.contains(d));
                if (ready) {
                    out.add(entry.getValue());
                    done.add(entry.getKey());
                    left.remove(entry.getKey());
                    progress = true;
                }
            }
        }
        out.addAll(left.values());
        return out;
    }

    /**
     * {@code routines} (each needing an operator) and {@code operators} interleaved: an operator after
     * the routine of the list it calls, a routine after the operators and routines of the lists it
     * uses ({@code !~<<} calling a function whose body uses {@code ~<<}). A cycle, which PostgreSQL
     * cannot build either, keeps the rest in the given order, for PostgreSQL to refuse.
     */
    static List<Object> withOperators(List<Routine> routines, List<Operator> operators) {
        Map<String, Object> left = new LinkedHashMap<>();
        Map<String, List<String>> needs = new LinkedHashMap<>();
        routines.forEach(r -> left.put("routine " + r.signature(), r));
        for (Operator o : operators) {
            String key = "operator " + o.signature();
            left.put(key, o);
            needs.put(key, routines.stream().filter(r -> r.name().equals(o.function()) && r.argumentTypes().equals(o.functionArguments()))
                    .map(r -> "routine " + r.signature()).toList());
        }
        routines.forEach(r -> needs.put("routine " + r.signature(), r.dependsOn()));
        List<Object> out = new ArrayList<>();
        boolean progress = true;
        while (!left.isEmpty() && progress) {
            progress = false;
            for (var entry : new ArrayList<>(left.entrySet())) {
                if (needs.get(entry.getKey()).stream().noneMatch(left::containsKey)) {
                    out.add(entry.getValue());
                    left.remove(entry.getKey());
                    progress = true;
                }
            }
        }
        out.addAll(left.values());
        return out;
    }

    /** Whether {@code r}, or a routine of {@code all} it calls, uses a table. */
    static boolean needsTables(Routine r, List<Routine> all) {
        return needs(r, all, "table ", new HashSet<>());
    }

    /**
     * Whether {@code r}, or a routine of {@code all} it calls, uses an operator of the schema (a
     * SQL-standard body: PostgreSQL parses it when it is created, so the operator must exist first).
     */
    static boolean needsOperators(Routine r, List<Routine> all) {
        return needs(r, all, "operator ", new HashSet<>());
    }

    private static boolean needs(Routine r, List<Routine> all, String kind, Set<String> seen) {
        if (!seen.add(r.signature())) {
            return false;
        }
        for (String d : r.dependsOn()) {
            if (d.startsWith(kind)) {
                return true;
            }
            for (Routine other : all) {
                if (d.equals("routine " + other.signature()) && needs(other, all, kind, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
