package dev.dibs.engine.load;

import io.github.classgraph.AnnotationInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * dibs's {@code @Column(collation)}: the name of a collation, read the same wherever {@code @Column} is;
 * taken for one of {@code pg_catalog} until {@code DeclaredCollations} finds one the SQL files declare.
 */
public final class ColumnCollation {

    /** PostgreSQL keeps a name in 63 bytes ({@code NAMEDATALEN} - 1) and cuts a longer one. */
    private static final int MAX_NAME_BYTES = 63;

    private ColumnCollation() {
    }

    /**
     * The collation {@code column} declares: null for its type's own (empty, or no {@code @Column}),
     * else the name as written; one PostgreSQL could not hold under that name (blank, white space
     * around it, a control character, over 63 bytes) or written schema-qualified is a problem at
     * {@code where}.
     */
    public static String of(String where, AnnotationInfo column, List<Problem> problems) {
        String name = column == null ? "" : Annotations.string(column, "collation");
        if (name.isEmpty()) {
            return null;
        }
        String problem = problem(name);
        if (problem != null) {
            problems.add(new Problem(where, "@Column(collation = \"" + shown(name) + "\") " + problem + ".",
                    "give the name of a collation as PostgreSQL lists it (SELECT collname FROM pg_collation): one of pg_catalog,"
                    + " e.g. collation = \"C\", or one the SQL files declare, or leave collation out for the type's own."));
            return null;
        }
        return name;
    }

    /** What makes {@code name} no collation name dibs can write, or null when it is one. */
    public static String problem(String name) {
        if (name.isBlank() || !name.strip().equals(name)) {
            return "is no collation name: it is blank or has white space around it";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "is no collation name: it holds a control character";
        }
        // schema.name (a collation the SQL files declare in another schema): each part is a name of its own
        int dot = name.indexOf('.');
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES && (dot < 0
                || name.substring(0, dot).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || name.substring(dot + 1).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES)) {
            return "is longer than the 63 bytes PostgreSQL keeps of a name";
        }
        if (name.startsWith("pg_catalog.") || name.startsWith("\"")) {
            return "is written as SQL: it takes the collation's bare name, which dibs quotes and looks up in pg_catalog";
        }
        return null;
    }

    /** The name as the Java literal that gives it: quotes and backslashes escaped, control characters as {@code \\uXXXX}. */
    private static String shown(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> sb.append(cp == '"' || cp == '\\' ? "\\" + (char) cp
                : Character.isISOControl(cp) ? String.format("\\u%04x", cp) : Character.toString(cp)));
        return sb.toString();
    }
}
