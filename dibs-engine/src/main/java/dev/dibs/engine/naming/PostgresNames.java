package dev.dibs.engine.naming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names Postgres itself gives to constraints, indexes and sequences created without one
 * ({@code makeObjectName}, {@code ChooseRelationName}, {@code ChooseConstraintName},
 * {@code ChooseIndexColumnNames} in the server), so a schema created by hand with default names
 * shows no diff. One instance per Postgres schema: it remembers the names already taken there.
 */
public final class PostgresNames {

    /** {@code NAMEDATALEN - 1}: the longest identifier Postgres keeps, in bytes. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private final Set<String> relations = new HashSet<>();
    private final Set<String> constraints = new HashSet<>();

    /** Marks a table, index or sequence name as taken. */
    public void takeRelation(String name) {
        relations.add(name);
    }

    /** Marks a constraint name as taken. */
    public void takeConstraint(String name) {
        constraints.add(name);
    }

    /** {@code <table>_pkey}. */
    public String primaryKey(String table) {
        return chooseRelation(table, null, "pkey", true);
    }

    /** {@code <table>_<cols>_key}. */
    public String unique(String table, List<String> columns) {
        return chooseRelation(table, joinColumns(columns), "key", true);
    }

    /** {@code <table>_<keys>_idx}; {@code keyNames} as {@link #indexKeyName} gives them, include columns after keys. */
    public String index(String table, List<String> keyNames) {
        return chooseRelation(table, joinColumns(dedupeIndexColumnNames(keyNames)), "idx", false);
    }

    /** {@code <table>_<cols>_fkey}. */
    public String foreignKey(String table, List<String> columns) {
        return chooseConstraint(table, joinColumns(columns), "fkey");
    }

    /** {@code <table>_<col>_check} when the expression uses exactly one column, else {@code <table>_check}. */
    public String check(String table, String singleColumnOrNull) {
        return chooseConstraint(table, singleColumnOrNull, "check");
    }

    /** {@code <table>_<col>_seq}, the sequence behind an identity column. */
    public String identitySequence(String table, String column) {
        return chooseRelation(table, column, "seq", false);
    }

    private String chooseRelation(String name1, String name2, String label, boolean isConstraint) {
        String modLabel = label;
        for (int pass = 1; ; pass++) {
            String candidate = makeObjectName(name1, name2, modLabel);
            if (!relations.contains(candidate) && !(isConstraint && constraints.contains(candidate))) {
                relations.add(candidate);
                if (isConstraint) {
                    constraints.add(candidate);
                }
                return candidate;
            }
            modLabel = label + pass;
        }
    }

    private String chooseConstraint(String name1, String name2, String label) {
        String modLabel = label;
        for (int pass = 1; ; pass++) {
            String candidate = makeObjectName(name1, name2, modLabel);
            if (!constraints.contains(candidate)) {
                constraints.add(candidate);
                return candidate;
            }
            modLabel = label + pass;
        }
    }

    /**
     * {@code name1_name2_label} within 63 bytes: the longer of the two names is shortened first,
     * never cutting a multi-byte character in half.
     */
    public static String makeObjectName(String name1, String name2, String label) {
        byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : label.getBytes(StandardCharsets.UTF_8).length + 1);
        int available = MAX_IDENTIFIER_BYTES - overhead;
        int n1 = b1.length;
        int n2 = b2.length;
        while (n1 + n2 > available) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        StringBuilder sb = new StringBuilder(clip(name1, n1));
        if (name2 != null) {
            sb.append('_').append(clip(name2, n2));
        }
        if (label != null) {
            sb.append('_').append(label);
        }
        return sb.toString();
    }

    /**
     * The longest prefix of {@code s} that fits {@code maxBytes} UTF-8 bytes without splitting a
     * character. A loop over chars, with no allocation per character: it cuts every identifier the
     * SQL tokenizer reads (each default and expression of a 1,000-table schema).
     */
    public static String clip(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            // UTF-8: one byte below 0x80, two below 0x800, four for a surrogate pair; a lone surrogate is sent as '?'
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : Character.isSurrogate(c) ? 1 : 3;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += pair ? 2 : 1;
        }
        return s.substring(0, i);
    }

    public static int byteLength(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Column names joined by {@code _}, stopping once the text reaches 63 bytes, as Postgres does. */
    static String joinColumns(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append('_');
            }
            sb.append(clip(name, MAX_IDENTIFIER_BYTES));
            if (byteLength(sb.toString()) >= MAX_IDENTIFIER_BYTES + 1) {
                break;
            }
        }
        return sb.toString();
    }

    /** Repeated names within one index get a number: {@code lower}, {@code lower1}, … */
    static List<String> dedupeIndexColumnNames(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String original : names) {
            String base = clip(original, MAX_IDENTIFIER_BYTES);
            String candidate = base;
            for (int i = 1; result.contains(candidate); i++) {
                String suffix = Integer.toString(i);
                candidate = clip(base, MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
            }
            result.add(candidate);
        }
        return result;
    }
}
