package dev.dibs.engine.naming;

import java.util.Set;

/**
 * Quoting of SQL identifiers exactly as Postgres's {@code quote_ident} does it: an identifier stays
 * bare only when it is lower case ASCII letters, digits and {@code _}, does not start with a digit,
 * and is not a keyword other than an unreserved one.
 */
public final class Identifiers {

    /** Every keyword Postgres 17 does not list as unreserved ({@code pg_get_keywords()}, catcode != 'U'). */
    static final Set<String> NON_UNRESERVED_KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
            "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
            "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
            "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
            "is", "isnull", "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
            "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
            "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
            "merge_action", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
            "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
            "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
            "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
            "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp", "to",
            "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
            "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** The identifier as SQL text: bare when Postgres would print it bare, double-quoted otherwise. */
    public static String quote(String identifier) {
        if (isBare(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * An unquoted identifier as PostgreSQL keeps it ({@code downcase_truncate_identifier}): ASCII
     * letters in lower case and no other (in a UTF-8 database PostgreSQL folds only those: {@code Ä}
     * stays, where Java's lower case would make it {@code ä}), then at most 63 bytes.
     */
    public static String fold(String unquoted) {
        StringBuilder out = null;
        for (int i = 0; i < unquoted.length(); i++) {
            char c = unquoted.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(unquoted);
                }
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return truncated(out == null ? unquoted : out.toString());
    }

    /**
     * An identifier cut to the 63 bytes PostgreSQL keeps, at a character's end, as it cuts a longer
     * one (quoted or not) with a notice; a shorter one unchanged.
     */
    public static String truncated(String identifier) {
        return PostgresNames.clip(identifier, PostgresNames.MAX_IDENTIFIER_BYTES);
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String quote(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    static boolean isBare(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        char first = identifier.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return !NON_UNRESERVED_KEYWORDS.contains(identifier);
    }

    /** The characters PostgreSQL's lexer takes into an operator's name. */
    public static final String OPERATOR_CHARACTERS = "+-*/<>=~!@#%^&|`?";

    /**
     * An operator's name ({@code ~<<}) as SQL text: it cannot be quoted, so it is written only when it
     * is what PostgreSQL's lexer reads as one operator (at most 63 of its operator characters, no
     * comment start in it); anything else is thrown, never written into a statement.
     */
    public static String operator(String name) {
        boolean ok = !name.isEmpty() && name.length() <= PostgresNames.MAX_IDENTIFIER_BYTES
                && !name.contains("--") && !name.contains("/*");
        for (int i = 0; ok && i < name.length(); i++) {
            ok = OPERATOR_CHARACTERS.indexOf(name.charAt(i)) >= 0;
        }
        if (!ok) {
            throw new IllegalArgumentException("not an operator name PostgreSQL reads as one: " + Printable.escape(name));
        }
        return name;
    }
}
