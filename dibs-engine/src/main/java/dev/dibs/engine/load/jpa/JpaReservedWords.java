package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import java.util.List;
import java.util.Set;

/**
 * Hibernate writes names unquoted (unless the mapping quotes them), so a name that is a PostgreSQL
 * keyword not allowed as a table or column name makes Hibernate's own DDL fail. dibs would quote it
 * and succeed, creating a schema the application's Hibernate could not have created; it refuses
 * instead. The words: PostgreSQL's reserved and type/function-name keywords (the column-name ones,
 * like {@code time} or {@code position}, are allowed as names).
 */
final class JpaReservedWords {

    private static final Set<String> WORDS = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group",
            "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp",
            "not", "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
            "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union", "unique",
            "user", "using", "variadic", "when", "where", "window", "with", "authorization", "binary", "collation",
            "concurrently", "cross", "current_schema", "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left",
            "like", "natural", "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose");

    private JpaReservedWords() {
    }

    /** Whether PostgreSQL refuses {@code sqlName} bare where Hibernate writes a table, column or type name. */
    static boolean reserved(String sqlName) {
        return WORDS.contains(sqlName);
    }

    /** A problem for each unquoted name of the table that PostgreSQL would not accept bare. */
    static void check(JpaTable t, List<Problem> problems) {
        if (!t.name.quoted() && WORDS.contains(t.name.sqlName())) {
            problems.add(problem(t.javaClass, "table", t.name.sqlName()));
        }
        for (JpaTable.Col c : t.columns) {
            if (!c.name().quoted() && WORDS.contains(c.sql())) {
                problems.add(problem(t.javaClass + "." + c.member(), "column", c.sql()));
            }
        }
    }

    private static Problem problem(String where, String kind, String name) {
        return new Problem(where, "the " + kind + " name " + name + " is a PostgreSQL keyword, and Hibernate writes it unquoted,"
                + " so its own DDL for this mapping fails.", "choose another name, or quote it in the mapping (\"`" + name
                + "`\") so Hibernate quotes it too.");
    }
}
