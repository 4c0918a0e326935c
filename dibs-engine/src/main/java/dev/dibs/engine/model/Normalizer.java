package dev.dibs.engine.model;

import java.util.Map;

/**
 * Puts a schema into the one canonical form in which {@code equals} means "no change". Most of it
 * is already done where models are built: types are parsed to {@code format_type}'s spelling,
 * constraint, index, table and enum lists are kept sorted by name, index keys carry explicit
 * null ordering, and expressions of a Java schema are printed by Postgres itself (see
 * {@code Canonicalizer}). What remains are spellings that Postgres stores differently although
 * they mean the same thing.
 */
public final class Normalizer {

    /** Default expressions Postgres keeps as written although they are one function. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "CURRENT_TIMESTAMP", "now()",
            "transaction_timestamp()", "now()");

    private Normalizer() {
    }

    /** {@code schema} in canonical form: itself when nothing in it needs another spelling (a table only rebuilt when one of its columns does). */
    public static Schema normalize(Schema schema) {
        if (schema.tables().stream().noneMatch(Normalizer::respelled)) {
            return schema;
        }
        return schema.withTables(schema.tables().stream().map(t -> respelled(t) ? table(t) : t).toList());
    }

    private static boolean respelled(Table t) {
        for (Column c : t.columns()) {
            if (c.defaultExpression() != null && SYNONYMS.containsKey(c.defaultExpression())) {
                return true;
            }
        }
        return false;
    }

    private static Table table(Table t) {
        return t.withColumns(t.columns().stream().map(Normalizer::column).toList());
    }

    private static Column column(Column c) {
        String def = c.defaultExpression() == null ? null : SYNONYMS.getOrDefault(c.defaultExpression(), c.defaultExpression());
        return c.withDefault(def);
    }
}
