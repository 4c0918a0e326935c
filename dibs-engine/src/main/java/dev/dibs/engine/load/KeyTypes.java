package dev.dibs.engine.load;

import dev.dibs.engine.model.PgType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether PostgreSQL accepts a foreign key from a column of one type to a key of another. It does
 * when the referenced key's operator family compares the two ({@code integer} to {@code bigint},
 * {@code date} to {@code timestamp}) or the referencing type casts implicitly to the key's
 * ({@code integer} to {@code numeric}, {@code character varying} to {@code text}); type modifiers
 * ({@code varchar(40)} to {@code varchar(80)}) never matter. Real schemas have such keys (an
 * {@code integer} column referencing a {@code bigint} id, after the id was widened), so the Java
 * schema must be able to declare them. Only pairs of well-known built-in types are judged here;
 * anything else (a domain, an extension's type, a rarer built-in) is left to PostgreSQL, whose
 * refusal the scratch database reports with the statement.
 */
final class KeyTypes {

    enum Verdict {
        /** The same type, modifiers aside. */
        SAME,
        /** Another type, which PostgreSQL compares with the key's. */
        COMPARABLE,
        /** Not judged here: PostgreSQL says when it builds the key. */
        UNKNOWN,
        /** Two well-known built-in types PostgreSQL cannot compare in a foreign key. */
        INCOMPATIBLE
    }

    /** Operator families whose members all compare with each other (btree cross-type operators). */
    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("smallint", "integer", "bigint"),
            Set.of("real", "double precision"),
            Set.of("date", "timestamp without time zone", "timestamp with time zone"),
            Set.of("text", "character varying", "character", "bpchar"),
            Set.of("text", "character varying", "name"),
            Set.of("inet", "cidr"),
            Set.of("bit", "bit varying"));

    /** Implicit casts from a referencing type to the key's type, beyond the families. */
    private static final Map<String, Set<String>> IMPLICIT = Map.of(
            "smallint", Set.of("numeric", "real", "double precision"),
            "integer", Set.of("numeric", "real", "double precision"),
            "bigint", Set.of("numeric", "real", "double precision"),
            "numeric", Set.of("real", "double precision"),
            "time without time zone", Set.of("time with time zone", "interval"),
            "character", Set.of("name"),
            "bpchar", Set.of("name"));

    /** The built-in types judged here: every pair of them not comparable is refused. */
    private static final Set<String> KNOWN = Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision",
            "date", "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone", "interval", "text", "character varying", "character", "bpchar", "name", "boolean",
            "uuid", "bytea", "inet", "cidr", "macaddr", "bit", "bit varying", "money", "jsonb");

    private KeyTypes() {
    }

    /** {@code bpchar} is {@code character} without a length: one type. */
    private static String blankPadded(String name) {
        return name.equals("bpchar") ? "character" : name;
    }

    /** How a foreign key from a column of type {@code from} to a key column of type {@code to} stands. */
    static Verdict of(PgType from, PgType to) {
        if (from.array() == to.array() && java.util.Objects.equals(from.schema(), to.schema())
                && blankPadded(from.name()).equals(blankPadded(to.name()))) {
            return Verdict.SAME;
        }
        // an unqualified name PgType does not know (a domain written without its schema) is no built-in either
        if (!from.isBuiltin() || !to.isBuiltin() || !KNOWN.contains(from.name()) || !KNOWN.contains(to.name())) {
            return Verdict.UNKNOWN;
        }
        if (from.array() || to.array()) {
            return Verdict.INCOMPATIBLE; // an array key compares arrays of one element type only, and no array with a scalar
        }
        for (Set<String> family : FAMILIES) {
            if (family.contains(from.name()) && family.contains(to.name())) {
                return Verdict.COMPARABLE;
            }
        }
        return IMPLICIT.getOrDefault(from.name(), Set.of()).contains(to.name()) ? Verdict.COMPARABLE : Verdict.INCOMPATIBLE;
    }
}
