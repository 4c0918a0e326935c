package dev.dibs.engine.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one order of {@code @Migration} classes and Flyway SQL files. Each id has a version: a Flyway
 * id {@code V1.2} its parts (1, 2), a dibs id its leading digits as one number
 * ({@code 20261125120000_x} → 20261125120000). Versions compare numerically part by part, missing
 * parts counting as 0 ({@code V1} = {@code V1.0}, as Flyway compares them); equal versions of two
 * dibs ids compare by the rest of the id; ids without a version sort after all versioned ones, by
 * their text. Equal-length timestamp prefixes therefore keep the lexicographic order dibs always had.
 * A Flyway file and a dibs id of equal version cannot be ordered: discovery refuses them
 * ({@link #sameVersion}); here the Flyway file comes first so that the order stays total.
 */
public final class MigrationOrder {

    /** The dibs id of a Flyway file: {@code V} and its version, parts separated by dots. */
    static final Pattern FLYWAY_ID = Pattern.compile("V(\\d+(?:\\.\\d+)*)");
    private static final Pattern LEADING_DIGITS = Pattern.compile("\\d+");

    /** Orders migration ids (applied ones read back, or discovered ones). */
    public static final Comparator<String> IDS = MigrationOrder::compare;

    private MigrationOrder() {
    }

    /** Whether {@code id} is the id dibs gives a Flyway SQL file ({@code V1}, {@code V1.2.3}). */
    public static boolean isFlywayId(String id) {
        return FLYWAY_ID.matcher(id).matches();
    }

    public static int compare(String a, String b) {
        Key ka = key(a);
        Key kb = key(b);
        if (ka.version.isEmpty() || kb.version.isEmpty()) {
            if (ka.version.isEmpty() && kb.version.isEmpty()) {
                return a.compareTo(b);
            }
            return ka.version.isEmpty() ? 1 : -1;
        }
        int byVersion = compareVersions(ka.version, kb.version);
        if (byVersion != 0) {
            return byVersion;
        }
        if (ka.flyway != kb.flyway) {
            return ka.flyway ? -1 : 1;
        }
        int byRest = ka.rest.compareTo(kb.rest);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    /** Whether two ids have versions that compare equal ({@code V1} and {@code V1.0}, {@code V7} and {@code 7_x}). */
    public static boolean sameVersion(String a, String b) {
        Key ka = key(a);
        Key kb = key(b);
        return !ka.version.isEmpty() && !kb.version.isEmpty() && compareVersions(ka.version, kb.version) == 0;
    }

    private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** An id's version parts (empty: none), whether it is a Flyway id, and what follows a dibs id's digits. */
    private record Key(List<BigInteger> version, boolean flyway, String rest) {
    }

    private static Key key(String id) {
        var flyway = FLYWAY_ID.matcher(id);
        if (flyway.matches()) {
            List<BigInteger> parts = new ArrayList<>();
            for (String part : flyway.group(1).split("\\.")) {
                parts.add(new BigInteger(part));
            }
            return new Key(parts, true, "");
        }
        var digits = LEADING_DIGITS.matcher(id);
        if (digits.lookingAt()) {
            return new Key(List.of(new BigInteger(digits.group())), false, id.substring(digits.end()));
        }
        return new Key(List.of(), false, id);
    }
}
