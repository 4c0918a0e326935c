package dev.dibs.engine.render;

import dev.dibs.engine.model.PgType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** How expensive and how lossy a column type change is. */
final class TypeChanges {

    /** The three outcomes, from cheapest to most dangerous. */
    enum Kind {
        /** Postgres changes only the catalog: no rewrite, nothing lost. */
        BINARY_COMPATIBLE,
        /** Every value fits the new type, but the table is rewritten. */
        WIDENING,
        /** Some values may not fit (or lose precision): data can be lost, and the table is rewritten. */
        NARROWING
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** The most fractional digits of seconds a timestamp, time or interval keeps. */
    private static final int MAX_TIME_PRECISION = 6;
    private static final Set<String> TIME_WITH_PRECISION = Set.of("timestamp with time zone", "timestamp without time zone",
            "time with time zone", "time without time zone", "interval");

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "real", "double precision", "numeric");
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "bpchar");
    private static final Set<String> TIMES = Set.of("date", "timestamp with time zone", "timestamp without time zone");

    private TypeChanges() {
    }

    /**
     * The {@code USING} expression converting {@code column} to {@code to}: a direct cast where
     * Postgres has one between the two kinds of type, else through text (every type has text
     * input and output), which fails only on values that do not parse.
     */
    static String using(String column, PgType from, PgType to) {
        boolean direct = from.array() == to.array() && (sameFamily(from, to) || binaryCoercible(from, to)
                || to.isBuiltin() && STRINGS.contains(to.name())
                || from.isBuiltin() && STRINGS.contains(from.name()));
        if (direct) {
            return column + "::" + to.sql();
        }
        return column + (from.array() ? "::text[]" : "::text") + (from.array() != to.array() ? "::text" : "") + "::" + to.sql();
    }

    /**
     * Whether a change PostgreSQL makes in the catalog alone ({@link #classify} says
     * {@link Kind#BINARY_COMPATIBLE}, or between a domain and its base type) still makes it build every
     * index with the column as a key again: its index keeps an index only under the same operator class
     * ({@code CheckIndexCompatible}), which {@code bit} to {@code bit varying} changes ({@code bit_ops}
     * to {@code varbit_ops}: {@code varchar} and {@code text} share {@code text_ops}, {@code cidr} takes
     * {@code inet_ops} already, {@code xml} has none), and under a polymorphic one ({@code enum_ops},
     * {@code array_ops}, {@code range_ops}, {@code multirange_ops}) only for the very same type, which a
     * move between a domain and its base type, or two domains, changes.
     *
     * @param from     the column's type
     * @param to       its new type
     * @param fromBase {@code from} with its domains resolved to their base types
     * @param toBase   {@code to} likewise
     */
    static boolean rebuildsKeyIndexes(PgType from, PgType to, PgType fromBase, PgType toBase) {
        if (fromBase.isBuiltin() && toBase.isBuiltin() && !fromBase.array() && !toBase.array() && fromBase.name().equals("bit")
                && toBase.name().equals("bit varying")) {
            return true;
        }
        boolean sameType = Objects.equals(from.schema(), to.schema()) && from.name().equals(to.name()) && from.array() == to.array();
        boolean polymorphic = toBase.array() || !toBase.isBuiltin() || toBase.name().endsWith("range");
        return !sameType && polymorphic;
    }

    private static boolean sameFamily(PgType a, PgType b) {
        if (!a.isBuiltin() || !b.isBuiltin()) {
            return false;
        }
        return a.name().equals(b.name()) || NUMBERS.contains(a.name()) && NUMBERS.contains(b.name())
                || TIMES.contains(a.name()) && TIMES.contains(b.name())
                || a.name().startsWith("time ") && b.name().startsWith("time ")
                || a.name().equals("boolean") && b.name().equals("integer") || a.name().equals("integer") && b.name().equals("boolean");
    }

    /**
     * Whether PostgreSQL casts {@code from} to {@code to} as they are stored ({@code pg_cast}'s
     * binary-coercible casts between types a column takes, leaving out those between strings, which
     * {@link #classify} weighs with their lengths) and the new type sets no length to check: then a
     * direct cast changes only the catalog (of a column, not of an array: see {@link #classify}), where
     * through text every row would be computed.
     */
    private static boolean binaryCoercible(PgType from, PgType to) {
        if (!from.isBuiltin() || !to.isBuiltin() || from.array() != to.array() || !to.modifiers().isEmpty()) {
            return false;
        }
        String a = from.name();
        String b = to.name();
        return a.equals("cidr") && b.equals("inet") || a.equals("xml") && (b.equals("text") || b.equals("character varying"))
                || a.equals("bit") && b.equals("bit varying");
    }

    static Kind classify(PgType from, PgType to) {
        if (from.array() != to.array()) {
            return Kind.NARROWING;
        }
        Kind kind = classifyElements(from, to);
        // an array is coerced element by element: only the catalog changes only where no element is
        // touched, the same type losing its length or precision (measured: varchar(5)[] to
        // varchar(10)[], varchar[] to text[] or numeric(5,2)[] to numeric(7,2)[] write every row)
        if (kind == Kind.BINARY_COMPATIBLE && from.array() && !(from.name().equals(to.name())
                && (to.modifiers().isEmpty() || to.modifiers().equals(from.modifiers())))) {
            return Kind.WIDENING;
        }
        return kind;
    }

    private static Kind classifyElements(PgType from, PgType to) {
        if (binaryCoercible(from, to)) {
            return Kind.BINARY_COMPATIBLE;
        }
        String a = from.name();
        String b = to.name();
        if (from.isBuiltin() && to.isBuiltin() && a.equals(b)) {
            return sameType(a, from.modifiers(), to.modifiers());
        }
        if (!from.isBuiltin() || !to.isBuiltin()) {
            return !from.isBuiltin() && to.isBuiltin() && b.equals("text") ? Kind.WIDENING : Kind.NARROWING;
        }
        if ((a.equals("character varying") || a.equals("text")) && (b.equals("text")
                || b.equals("character varying") && to.modifiers().isEmpty())) {
            return Kind.BINARY_COMPATIBLE;
        }
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) > INTEGERS.indexOf(a) ? Kind.WIDENING : Kind.NARROWING;
        }
        if (INTEGERS.contains(a) && b.equals("numeric") && (to.modifiers().isEmpty()
                || Integer.parseInt(to.modifiers().get(0)) - scale(to.modifiers()) >= 19)) {
            return Kind.WIDENING;
        }
        if (a.equals("bit") && b.equals("bit varying") && !from.modifiers().isEmpty()
                && Integer.parseInt(to.modifiers().get(0)) >= Integer.parseInt(from.modifiers().get(0))) {
            return Kind.WIDENING; // the length is checked row by row, and every value fits
        }
        if (a.equals("real") && b.equals("double precision")) {
            return Kind.WIDENING;
        }
        if (a.equals("date") && b.startsWith("timestamp")) {
            return Kind.WIDENING;
        }
        if (a.equals("timestamp without time zone") && b.equals("timestamp with time zone")) {
            return Kind.WIDENING;
        }
        if (b.equals("text") && !a.equals("bytea")) {
            return Kind.WIDENING;
        }
        return Kind.NARROWING;
    }

    private static Kind sameType(String name, List<String> from, List<String> to) {
        if (from.equals(to)) {
            return Kind.BINARY_COMPATIBLE;
        }
        if (name.equals("character varying") || name.equals("bit varying")) {
            if (to.isEmpty()) {
                return Kind.BINARY_COMPATIBLE;
            }
            return !from.isEmpty() && Integer.parseInt(to.get(0)) >= Integer.parseInt(from.get(0))
                    ? Kind.BINARY_COMPATIBLE : Kind.NARROWING;
        }
        if (name.equals("numeric")) {
            if (to.isEmpty()) {
                return Kind.BINARY_COMPATIBLE;
            }
            if (from.isEmpty()) {
                return Kind.NARROWING;
            }
            int p1 = Integer.parseInt(from.get(0));
            int s1 = scale(from);
            int p2 = Integer.parseInt(to.get(0));
            int s2 = scale(to);
            if (s2 == s1 && p2 >= p1) {
                return Kind.BINARY_COMPATIBLE;
            }
            return s2 >= s1 && p2 - s2 >= p1 - s1 ? Kind.WIDENING : Kind.NARROWING;
        }
        if (TIME_WITH_PRECISION.contains(name)) {
            // 6 is the most any value holds: no precision, or 6, changes nothing stored (timestamp to
            // timestamp(6), as Rails 7 declares it, rewrites no row)
            if (to.isEmpty() || Integer.parseInt(to.get(0)) >= MAX_TIME_PRECISION) {
                return Kind.BINARY_COMPATIBLE;
            }
            return !from.isEmpty() && Integer.parseInt(to.get(0)) >= Integer.parseInt(from.get(0))
                    ? Kind.BINARY_COMPATIBLE : Kind.NARROWING;
        }
        if (name.equals("character") || name.equals("bit")) {
            return Integer.parseInt(to.get(0)) >= Integer.parseInt(from.get(0)) ? Kind.WIDENING : Kind.NARROWING;
        }
        return Kind.NARROWING;
    }

    private static int scale(List<String> modifiers) {
        return modifiers.size() > 1 ? Integer.parseInt(modifiers.get(1)) : 0;
    }
}
