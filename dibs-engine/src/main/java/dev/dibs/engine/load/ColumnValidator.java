package dev.dibs.engine.load;

import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.naming.Printable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the columns of one table draft: names, keys, identity, generated columns, renames. */
final class ColumnValidator {

    /**
     * Built-in types PostgreSQL compares without a collation, as PgType names them: a collation on one
     * is refused when the classes are read. Any other type name (a string type, a domain or an
     * extension's type written without its schema) is left to PostgreSQL when the schema is built.
     */
    private static final java.util.Set<String> NO_COLLATION = java.util.Set.of("smallint", "integer", "bigint", "real",
            "double precision", "numeric", "boolean", "date", "interval", "uuid", "bytea", "json", "jsonb", "inet", "cidr",
            "macaddr", "macaddr8", "money", "bit", "bit varying", "point", "tsvector", "tsquery", "oid", "xml");


    private final List<Problem> problems;

    ColumnValidator(List<Problem> problems) {
        this.problems = problems;
    }

    void validate(TableDraft table) {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> renamedFromBy = new HashMap<>();
        for (ColumnDraft c : table.columns()) {
            String where = table.where(c.javaMember());
            String previous = byName.put(c.name(), c.javaMember());
            if (previous != null) {
                problems.add(new Problem(where, "column \"" + Printable.escape(c.name()) + "\" is also the column of " + previous + ".",
                        "give one of them another name with @Column(name = \"...\")."));
            }
            PrintableNames.check(problems, where, "column name", c.name(), "give a name of printable characters with @Column(name = \"...\").");
            if (PostgresNames.byteLength(c.name()) > PostgresNames.MAX_IDENTIFIER_BYTES) {
                problems.add(new Problem(where, "column name \"" + Printable.escape(c.name()) + "\" is longer than 63 bytes; Postgres would "
                        + "silently cut it.", "give a shorter name with @Column(name = \"...\")."));
            }
            if (c.primaryKey() && c.nullable()) {
                problems.add(new Problem(where, "@Pk on a nullable member; primary key columns are NOT NULL.",
                        "remove @Nullable (or Optional) from the key member."));
            }
            if (c.identity()) {
                if (c.type() != null && !JavaTypeMapper.isIntegral(c.type())) {
                    problems.add(new Problem(where, "@Identity on a column of type " + c.type().sql()
                            + "; identity columns are smallint, integer or bigint.", "use a short, int or long member, or remove @Identity."));
                }
                if (c.nullable()) {
                    problems.add(new Problem(where, "@Identity on a nullable member; identity columns are NOT NULL.",
                            "remove @Nullable (or Optional)."));
                }
                if (c.defaultExpression() != null) {
                    problems.add(new Problem(where, "@Identity together with @Default; an identity column takes its "
                            + "values from its sequence.", "keep one of them."));
                }
            }
            if (c.generatedExpression() != null && (c.defaultExpression() != null || c.identity())) {
                problems.add(new Problem(where, "@GeneratedAs together with " + (c.identity() ? "@Identity" : "@Default")
                        + "; a generated column is computed from its expression only.", "keep one of them."));
            }
            if (c.generatedExpression() != null && c.virtual() && c.statistics() != null) {
                problems.add(new Problem(where, "@Column(statistics) on a virtual generated column: it is computed when read,"
                        + " so ANALYZE keeps no statistics for it and PostgreSQL refuses SET STATISTICS on it.",
                        "remove statistics, or make the column stored (@GeneratedAs without virtual)."));
            }
            if (c.collation() != null && c.type() != null && c.type().isBuiltin() && (NO_COLLATION.contains(c.type().name())
                    || c.type().name().startsWith("time ") || c.type().name().startsWith("timestamp ")
                    || c.type().name().equals("time") || c.type().name().equals("timestamp"))) {
                problems.add(new Problem(where, "@Column(collation) on a column of type " + c.type().sql()
                        + ", which PostgreSQL compares without a collation.",
                        "remove collation, or give it to a column of a string type (text, varchar, char) or an array of one."));
            }
            if (c.generatedExpression() != null && c.generatedExpression().isBlank()) {
                problems.add(new Problem(where, "@GeneratedAs has an empty expression.", "write the SQL expression."));
            }
            if (c.defaultExpression() != null && c.defaultExpression().isBlank()) {
                problems.add(new Problem(where, "@Default has an empty expression.",
                        "write the SQL expression, e.g. @Default(\"0\") or @Default(\"'text'\")."));
            }
            if (c.renamedFrom() != null) {
                checkRename(table, c, where, renamedFromBy);
            }
        }
    }

    private void checkRename(TableDraft table, ColumnDraft c, String where, Map<String, String> renamedFromBy) {
        String old = c.renamedFrom();
        if (old.isBlank()) {
            problems.add(new Problem(where, "@RenamedFrom has an empty name.", "write the column's old SQL name."));
            return;
        }
        if (old.equals(c.name())) {
            problems.add(new Problem(where, "@RenamedFrom(\"" + old + "\") names the column's own name.",
                    "remove @RenamedFrom, or write the old name."));
            return;
        }
        String previous = renamedFromBy.put(old, c.javaMember());
        if (previous != null) {
            problems.add(new Problem(where, "@RenamedFrom(\"" + old + "\") is also on " + table.where(previous)
                    + "; one old column can become only one new column.", "keep @RenamedFrom on one of them."));
        }
        boolean stillExists = table.columns().stream().anyMatch(other -> other != c && other.name().equals(old));
        if (stillExists) {
            problems.add(new Problem(where, "@RenamedFrom(\"" + old + "\") names a column that is still declared.",
                    "remove @RenamedFrom, or the other member."));
        }
    }
}
