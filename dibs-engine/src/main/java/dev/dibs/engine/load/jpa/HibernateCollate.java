package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.ColumnCollation;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.naming.Identifiers;
import java.util.List;

/**
 * Hibernate's {@code @Collate("…")}: the text Hibernate writes after {@code collate} in its DDL, read
 * as PostgreSQL would read it there — one identifier, quoted ({@code "C"}: as written) or bare
 * ({@code ucs_basic}: folded to lower case), optionally after {@code pg_catalog.}.
 */
final class HibernateCollate {

    private HibernateCollate() {
    }

    /** The collation's name in pg_catalog, or null with a problem at {@code where}. */
    static String name(String where, String sql, List<Problem> problems) {
        String text = sql.strip();
        String rest = text;
        if (rest.startsWith("\"pg_catalog\".")) {
            rest = rest.substring("\"pg_catalog\".".length());
        } else if (rest.regionMatches(true, 0, "pg_catalog.", 0, "pg_catalog.".length())) {
            rest = rest.substring("pg_catalog.".length());
        }
        String name = identifier(rest);
        String problem = name == null ? "is not one collation name (a schema other than pg_catalog, or more than a name)"
                : ColumnCollation.problem(name);
        if (problem != null) {
            problems.add(new Problem(where, "Hibernate's @Collate(\"" + text.replace("\"", "\\\"") + "\") " + problem + ".",
                    "name a collation of pg_catalog as PostgreSQL lists it, e.g. @Collate(\"\\\"C\\\"\") or @Collate(\"ucs_basic\")."));
            return null;
        }
        return name;
    }

    /** One SQL identifier: {@code "a""b"} → {@code a"b}, {@code Abc} → {@code abc}; null when it is not exactly one. */
    private static String identifier(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            String inner = text.substring(1, text.length() - 1);
            return inner.replace("\"\"", "").contains("\"") || inner.isEmpty() ? null : inner.replace("\"\"", "\"");
        }
        if (text.isEmpty() || !text.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$')
                || Character.isDigit(text.charAt(0)) || text.charAt(0) == '$') {
            return null;
        }
        return Identifiers.fold(text);
    }
}
