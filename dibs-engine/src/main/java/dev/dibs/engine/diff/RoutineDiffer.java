package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.CreateRoutine;
import dev.dibs.engine.diff.SchemaChange.DropRoutine;
import dev.dibs.engine.diff.SchemaChange.ReplaceRoutine;
import dev.dibs.engine.diff.SchemaChange.RoutineAspect;
import dev.dibs.engine.diff.SchemaChange.SetRoutineComment;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Functions and procedures, by overload (name and input argument types, as PostgreSQL tells them
 * apart, so a routine whose argument was renamed is that routine changed): new ones are created, gone ones dropped, changed ones
 * replaced in place with {@code CREATE OR REPLACE} when PostgreSQL allows it (same kind, same
 * arguments with their names, modes and defaults, same result), and dropped and created again
 * otherwise, or when its SQL-standard body reads a column the plan drops or retypes, or it uses an enum type the plan
 * creates again. A routine dropped or re-created takes along what calls it in the tables that stay
 * (checks, defaults, indexes: {@link RoutineDependents}); one replaced with another body, language,
 * strictness or {@code SET} option, the indexes and checks that hold what it computed are built again
 * after it ({@link #resultsChanged}); one re-created, the routines whose
 * SQL-standard bodies call it (re-created around it) and the views that call it ({@link ViewDiffer}). Triggers are their own kind's business: a
 * trigger's function (no arguments, returning {@code trigger}) is never re-created, and the
 * simulation refuses to drop a routine a trigger still executes.
 */
public final class RoutineDiffer {

    private RoutineDiffer() {
    }

    /** What {@code CREATE OR REPLACE} cannot change: PostgreSQL refuses it, so the routine is dropped and created. */
    static final Set<RoutineAspect> NOT_REPLACEABLE = EnumSet.of(RoutineAspect.KIND, RoutineAspect.ARGUMENTS, RoutineAspect.RESULT);

    /** @param current the current schema after renames, as the other differs see it */
    static void diff(Schema current, Schema desired, List<SchemaChange> changes) {
        var matched = Matching.byKey(current.routines(), desired.routines(), Routine::overload);
        List<SchemaChange> drops = new ArrayList<>();
        List<SchemaChange> creates = new ArrayList<>();
        Set<QualifiedName> gone = new LinkedHashSet<>(); // names whose current version is dropped
        matched.onlyDesired().forEach(r -> creates.add(new CreateRoutine(r)));
        Map<String, String> recreated = recreated(matched.pairs(), moved(changes));
        for (var pair : matched.pairs()) {
            Routine from = pair.current();
            Routine to = pair.desired();
            String reason = recreated.get(from.signature());
            if (reason != null) {
                drops.add(new DropRoutine(from, reason));
                creates.add(new CreateRoutine(to, reason));
                gone.add(from.name());
                continue;
            }
            if (from.equals(to)) {
                continue;
            }
            if (!from.withComment(null).equals(to.withComment(null))) {
                changes.add(new ReplaceRoutine(from, to, aspects(from, to)));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetRoutineComment(to, to.comment()));
            }
        }
        matched.onlyCurrent().forEach(r -> gone.add(r.name()));
        List<RoutineDependents.Around> around = RoutineDependents.find(current, desired, gone, changes);
        for (Routine r : matched.onlyCurrent()) {
            // a routine that goes while what called it stays: it must be gone before those are re-created
            drops.add(new DropRoutine(r, around.stream().anyMatch(a -> a.routine().equals(r.name()))
                    ? "dropped before what called it is re-created without it" : null));
        }
        Set<QualifiedName> recomputed = new LinkedHashSet<>(resultsChanged(current, desired).keySet());
        recomputed.removeAll(gone); // what calls those is re-created around them already
        List<SchemaChange> planned = new ArrayList<>(changes); // with the drops above: what they take around is not taken twice
        around.forEach(a -> planned.addAll(a.drops()));
        List<RoutineDependents.Around> stored = RoutineDependents.rebuilt(current, desired, recomputed, planned);
        changes.removeIf(c -> !planned.contains(c)); // a rename it took out: that object comes back under its desired name
        around.forEach(a -> changes.addAll(a.drops()));
        stored.forEach(a -> changes.addAll(a.drops()));
        changes.addAll(drops);
        changes.addAll(creates);
        around.forEach(a -> changes.addAll(a.adds()));
        stored.forEach(a -> changes.addAll(a.adds()));
    }

    /**
     * The routines of {@code pairs} to drop and create again, by their current signature, with the
     * reason: those {@code CREATE OR REPLACE} cannot change ({@link #NOT_REPLACEABLE}), then, until
     * none is added, those whose SQL-standard body calls one of them ({@link Routine#dependsOn()}):
     * PostgreSQL refuses to drop a routine such a body calls, so the caller goes first and comes back
     * after, calling the new one.
     */
    private static Map<String, String> recreated(List<Matching.Pair<Routine>> pairs, Map<String, String> moved) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var pair : pairs) {
            Set<RoutineAspect> aspects = pair.current().equals(pair.desired()) ? Set.of() : aspects(pair.current(), pair.desired());
            if (aspects.stream().anyMatch(NOT_REPLACEABLE::contains)) {
                out.put(pair.current().signature(), "re-created: "
                        + words(aspects.stream().filter(NOT_REPLACEABLE::contains).collect(Collectors.toSet())) + " cannot change in place");
                continue;
            }
            for (String dependency : pair.current().dependsOn()) {
                String why = moved.get(dependency);
                // a new body that no longer reads a dropped column replaces the old one before the drop
                if (why != null && !(why.endsWith(DROPS) && !pair.desired().dependsOn().contains(dependency))) {
                    out.put(pair.current().signature(), "re-created: " + why);
                    break;
                }
            }
        }
        for (boolean added = !out.isEmpty(); added; ) {
            added = false;
            for (var pair : pairs) {
                Routine caller = pair.current();
                if (out.containsKey(caller.signature())) {
                    continue;
                }
                for (String dependency : caller.dependsOn()) {
                    String called = dependency.startsWith("routine ") ? dependency.substring("routine ".length()) : null;
                    if (called != null && out.containsKey(called)) {
                        out.put(caller.signature(), "re-created: it calls " + called + ", which is dropped and created again");
                        added = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static final String DROPS = ", which the plan drops";

    /**
     * What {@code changes} do to what a routine may depend on, in {@link Routine#dependsOn()}'s words,
     * with the reason a routine depending on it is re-created: PostgreSQL neither drops nor retypes a
     * column while an SQL-standard body reads it, and drops no type (an enum the plan creates again
     * goes) while a routine's arguments, result or body use it. So such a routine goes before and
     * comes back after (even when only its body changes: the new body may read the column as it will
     * be), unless the column is dropped and its new body no longer reads it.
     */
    private static Map<String, String> moved(List<SchemaChange> changes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropColumn d) {
                String column = "column " + d.table() + "." + d.column().name();
                out.put(column, "its body reads " + column + DROPS);
            } else if (c instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                String column = "column " + a.table() + "." + a.from().name();
                out.putIfAbsent(column, "its body reads " + column + ", which the plan retypes");
            } else if (c instanceof SchemaChange.RecreateDomain r) {
                String type = "type " + r.to().name();
                out.put(type, "it uses " + type + ", which the plan creates again");
            } else if (c instanceof SchemaChange.RecreateEnum r) {
                String type = "type " + r.to().name();
                out.put(type, "it uses " + type + ", which the plan creates again");
                r.columns().forEach(ref -> out.putIfAbsent("column " + ref.table() + "." + ref.column(), "its body reads column "
                        + ref.table() + "." + ref.column() + ", which the plan converts to the re-created " + r.to().name()));
            }
        }
        return out;
    }

    /** What may change what a function returns for the same arguments: PostgreSQL computes nothing it stored from it again. */
    static final Set<RoutineAspect> RESULTS = EnumSet.of(RoutineAspect.LANGUAGE, RoutineAspect.BODY, RoutineAspect.STRICTNESS,
            RoutineAspect.SET_OPTIONS);

    /** Whether {@code to} replaces {@code from} in place ({@code CREATE OR REPLACE}) changing what it may return ({@link #RESULTS}). */
    public static boolean resultsChange(Routine from, Routine to) {
        return !from.equals(to) && !needsRecreating(from, to) && aspects(from, to).stream().anyMatch(RESULTS::contains);
    }

    /**
     * The function names whose results the plan changes in place ({@link #resultsChange}), each with
     * the signatures of the replaced routines it reflects: its own overloads so replaced, and for a
     * routine whose SQL-standard body calls one of those (until none is added), theirs. An index, a
     * check or a stored generated column calling such a name holds what the old version computed:
     * PostgreSQL neither recomputes index entries or generated values nor checks a row again when a
     * body changes, so what stores them is built again after the replacement.
     *
     * @param current the current schema (after renames, as the differs see it; before, as the simulation does)
     */
    public static Map<QualifiedName, Set<String>> resultsChanged(Schema current, Schema desired) {
        Map<String, Routine> wanted = new java.util.HashMap<>();
        desired.routines().forEach(r -> wanted.put(r.signature(), r));
        Map<String, Set<String>> reflects = new LinkedHashMap<>(); // a current routine's signature -> the replaced ones it reflects
        for (Routine r : current.routines()) {
            Routine w = wanted.get(r.signature());
            if (w != null && resultsChange(r, w)) {
                reflects.put(r.signature(), new LinkedHashSet<>(Set.of(r.signature())));
            }
        }
        if (reflects.isEmpty()) {
            return Map.of();
        }
        for (boolean added = true; added; ) {
            added = false;
            for (Routine caller : current.routines()) {
                for (String dependency : caller.dependsOn()) {
                    Set<String> called = dependency.startsWith("routine ") ? reflects.get(dependency.substring("routine ".length())) : null;
                    if (called != null && !caller.signature().equals(dependency.substring("routine ".length()))
                            && !reflects.computeIfAbsent(caller.signature(), s -> new LinkedHashSet<>()).containsAll(called)) {
                        reflects.get(caller.signature()).addAll(called);
                        added = true;
                    }
                }
            }
        }
        Map<QualifiedName, Set<String>> out = new LinkedHashMap<>();
        for (Routine r : current.routines()) {
            Set<String> signatures = reflects.get(r.signature());
            if (signatures != null) {
                out.computeIfAbsent(r.name(), n -> new LinkedHashSet<>()).addAll(signatures);
            }
        }
        return out;
    }

    /**
     * Whether a generated column computes with a function the plan drops and creates again
     * ({@link #needsRecreating}: PostgreSQL refuses the drop while the column exists) or, for a stored
     * one, replaces with other results ({@link #resultsChanged}: its stored values are the old
     * version's): such a column is dropped and added back around the function.
     */
    static Predicate<Column> regenerated(Schema current, Schema desired) {
        Set<QualifiedName> recreated = recreatedNames(current, desired);
        Set<QualifiedName> recomputed = resultsChanged(current, desired).keySet();
        if (recreated.isEmpty() && recomputed.isEmpty()) {
            return c -> false;
        }
        Predicate<String> callsRecomputed = OperatorUses.callsAny(current, recomputed); // through an operator too
        return c -> c.generatedExpression() != null
                && (recreated.stream().anyMatch(n -> RoutineUses.calls(c.generatedExpression(), n))
                || !c.virtual() && callsRecomputed.test(c.generatedExpression()));
    }

    /**
     * The names of the current routines the plan drops to create again: those {@link #needsRecreating}
     * says so of, and those whose SQL-standard bodies call one of them (until none is added), which
     * {@link #diff} re-creates around them.
     */
    private static Set<QualifiedName> recreatedNames(Schema current, Schema desired) {
        Map<String, Routine> wanted = new java.util.HashMap<>();
        desired.routines().forEach(r -> wanted.put(r.overload(), r));
        Set<String> signatures = new LinkedHashSet<>();
        for (Routine r : current.routines()) {
            Routine w = wanted.get(r.overload());
            if (w != null && needsRecreating(r, w)) {
                signatures.add(r.signature());
            }
        }
        for (boolean added = !signatures.isEmpty(); added; ) {
            added = false;
            for (Routine caller : current.routines()) {
                if (!signatures.contains(caller.signature()) && wanted.containsKey(caller.overload()) && caller.dependsOn().stream()
                        .anyMatch(d -> d.startsWith("routine ") && signatures.contains(d.substring("routine ".length())))) {
                    signatures.add(caller.signature());
                    added = true;
                }
            }
        }
        Set<QualifiedName> out = new LinkedHashSet<>();
        current.routines().stream().filter(r -> signatures.contains(r.signature())).forEach(r -> out.add(r.name()));
        return out;
    }

    /** Whether {@code to} can replace {@code from} only by dropping and creating it ({@link #NOT_REPLACEABLE}). */
    public static boolean needsRecreating(Routine from, Routine to) {
        return from.procedure() != to.procedure() || !Objects.equals(from.result(), to.result())
                || !Objects.equals(from.arguments(), to.arguments());
    }

    /** What differs between two routines of one overload, comment and dependencies aside. */
    static Set<RoutineAspect> aspects(Routine from, Routine to) {
        Set<RoutineAspect> out = EnumSet.noneOf(RoutineAspect.class);
        differs(out, RoutineAspect.KIND, from.procedure(), to.procedure());
        differs(out, RoutineAspect.ARGUMENTS, from.arguments(), to.arguments());
        differs(out, RoutineAspect.RESULT, from.result(), to.result());
        differs(out, RoutineAspect.LANGUAGE, from.language(), to.language());
        differs(out, RoutineAspect.BODY, from.body(), to.body());
        differs(out, RoutineAspect.VOLATILITY, from.volatility(), to.volatility());
        differs(out, RoutineAspect.STRICTNESS, from.strict(), to.strict());
        differs(out, RoutineAspect.SECURITY, from.securityDefiner(), to.securityDefiner());
        differs(out, RoutineAspect.LEAKPROOF, from.leakproof(), to.leakproof());
        differs(out, RoutineAspect.PARALLEL, from.parallel(), to.parallel());
        differs(out, RoutineAspect.COST, from.cost(), to.cost());
        differs(out, RoutineAspect.ROWS, from.rows(), to.rows());
        differs(out, RoutineAspect.SET_OPTIONS, from.config(), to.config());
        return out;
    }

    private static void differs(Set<RoutineAspect> out, RoutineAspect aspect, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            out.add(aspect);
        }
    }

    /** {@code result type, arguments}: the aspects in words, in their declared order. */
    public static String words(Set<RoutineAspect> aspects) {
        return aspects.stream().sorted().map(RoutineDiffer::word).collect(Collectors.joining(", "));
    }

    private static String word(RoutineAspect aspect) {
        return switch (aspect) {
            case KIND -> "function or procedure";
            case ARGUMENTS -> "argument names, modes or defaults";
            case RESULT -> "result type";
            case LANGUAGE -> "language";
            case BODY -> "body";
            case VOLATILITY -> "volatility";
            case STRICTNESS -> "strictness";
            case SECURITY -> "security";
            case LEAKPROOF -> "leakproof";
            case PARALLEL -> "parallel safety";
            case COST -> "cost";
            case ROWS -> "rows";
            case SET_OPTIONS -> "SET options";
        };
    }
}
