package dev.dibs.engine.load;

import dev.dibs.engine.load.ExpressionGuard.Place;
import dev.dibs.engine.load.KeyListParser.Key;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.ExclusionSpec;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * Every annotation text that dibs splices into SQL unquoted ({@code @Check}, {@code @Default},
 * {@code @GeneratedAs}, {@code @Index(columns, where, using)}, {@code @Column(type)},
 * {@code @Exclusion}) goes through the {@link ExpressionGuard} here (partition keys and bounds
 * through {@link PartitionSqlGuard}), while the schema is loaded: a text that would end or escape
 * its statement is a problem of the class or member, and nothing of the schema reaches a server.
 * Names, labels and comments need no check: they are quoted as identifiers or literals; a key's
 * {@code include} is read as column names and its {@code with} as {@code name=value} pairs of plain
 * words and numbers ({@link StorageParameters}), so neither is spliced as written.
 */
final class AnnotationSqlCheck {

    private final List<Problem> problems;

    AnnotationSqlCheck(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Checks one table and returns it without the texts it refused (a problem is recorded for each),
     * so no later step reports the same text again or renders it.
     */
    TableDraft check(TableDraft t) {
        List<ColumnDraft> columns = new ArrayList<>();
        for (ColumnDraft c : t.columns()) {
            String where = t.where(c.javaMember());
            String def = c.defaultExpression();
            if (def != null && !def.isBlank() && !expression(where, "@Default", def, Place.DEFAULT)) {
                def = null;
            }
            String generated = c.generatedExpression();
            if (generated != null && !generated.isBlank() && !expression(where, "@GeneratedAs", generated, Place.EXPRESSION)) {
                generated = null;
            }
            PgType type = c.type();
            if (type != null && c.enumClass() == null && type.raw() != null) {
                String problem = ExpressionGuard.typeProblem(type.raw());
                if (problem != null) {
                    problems.add(new Problem(where, "@Column(type = \"" + shown(type.raw()) + "\") is not a type name: "
                            + problem + ".", "write only the type, as in CREATE TABLE: varchar(80), numeric(10, 2), "
                            + "timestamp with time zone, app.mood, text[]."));
                    type = null;
                }
            }
            columns.add(new ColumnDraft(c.javaMember(), c.name(), type, c.enumClass(), c.enumArray(), c.nullable(), def,
                    c.identity(), c.identityAlways(), generated, c.virtual(), c.primaryKey(), c.renamedFrom(), c.comment(), c.source(),
                    c.identitySequence(), c.statistics(), c.collation()));
        }
        List<CheckSpec> checks = new ArrayList<>();
        for (CheckSpec check : t.checks()) {
            if (check.expression().isBlank() || expression(t.where(null), "@Check", check.expression(), Place.EXPRESSION)) {
                checks.add(check);
            }
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (IndexSpec index : t.indexes()) {
            if (index(t.where(index.member()), index)) {
                indexes.add(index);
            }
        }
        List<ExclusionSpec> exclusions = new ArrayList<>();
        for (ExclusionSpec exclusion : t.exclusions()) {
            if (exclusion(t.where(null), exclusion)) {
                exclusions.add(exclusion);
            }
        }
        return t.withColumns(columns).withSql(indexes, checks, exclusions)
                .withPartitioning(partitioning(t.where(null), t.partitioning()));
    }

    /**
     * What follows {@code EXCLUDE}: one clause that starts with {@code USING} or the element list,
     * and, like an expression, holds no top-level comma (which would add a second constraint or
     * {@code ALTER TABLE} action), no {@code ;}, comment or unbalanced parenthesis.
     */
    private boolean exclusion(String where, ExclusionSpec x) {
        String label = "@Exclusion(name = \"" + Printable.escape(x.name()) + "\", value = \"" + shown(x.value()) + "\")";
        String text = x.value().trim();
        String fix = "write what follows EXCLUDE in PostgreSQL's syntax, e.g. \"USING gist (room WITH =, during WITH &&)\","
                + " optionally followed by INCLUDE (…), WITH (…), WHERE (…) or DEFERRABLE.";
        if (text.isEmpty()) {
            problems.add(new Problem(where, label + " is empty.", fix));
            return false;
        }
        String problem = ExpressionGuard.expressionProblem(text, Place.EXPRESSION);
        if (problem != null) {
            problems.add(new Problem(where, label + " is not one exclusion constraint: " + problem + ".", fix
                    + " Statements, comments and unbalanced parentheses are refused."));
            return false;
        }
        String first = text.split("[\\s(]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (first.equals("exclude")) {
            problems.add(new Problem(where, label + " starts with EXCLUDE, which dibs writes itself.", "leave out the word EXCLUDE."));
            return false;
        }
        if (!text.startsWith("(") && !first.equals("using")) {
            problems.add(new Problem(where, label + " does not start with USING or '('.", fix));
            return false;
        }
        return true;
    }

    /** The partitioning without the key or bounds it refuses (a problem is recorded for each). */
    private TableDraft.Partitioning partitioning(String where, TableDraft.Partitioning p) {
        String key = p.key();
        String keyProblem = key.isBlank() ? null : PartitionSqlGuard.keyProblem(key);
        if (keyProblem != null) {
            problems.add(new Problem(where, "@Table(partitionBy = \"" + shown(key) + "\") is not a partition key: " + keyProblem + ".",
                    "write the key as after PARTITION BY: \"RANGE (created_at)\", \"LIST (region)\" or \"HASH (id)\", "
                            + "with the columns' SQL names."));
            key = "";
        }
        List<TableDraft.PartitionSpec> partitions = new ArrayList<>();
        java.util.Set<String> refused = new java.util.HashSet<>();
        for (TableDraft.PartitionSpec partition : p.partitions()) {
            String problem = partition.bound().isBlank() ? null : PartitionSqlGuard.boundProblem(partition.bound());
            String subKey = partition.partitionBy();
            String subKeyProblem = subKey.isBlank() ? null : PartitionSqlGuard.keyProblem(subKey);
            if (subKeyProblem != null) {
                problems.add(new Problem(where, "@Partition(name = \"" + shown(partition.name()) + "\", partitionBy = \""
                        + shown(subKey) + "\") is not a partition key: " + subKeyProblem + ".",
                        "write the key as after PARTITION BY: \"RANGE (created_at)\", \"LIST (region)\" or \"HASH (id)\", "
                                + "with the columns' SQL names."));
                refused.add(partition.name());
                continue;
            }
            if (problem == null) {
                partitions.add(partition);
            } else {
                refused.add(partition.name());
                problems.add(new Problem(where, "@Partition(name = \"" + shown(partition.name()) + "\", bound = \""
                        + shown(partition.bound()) + "\") is not a partition bound: " + problem + ".",
                        "write the bound as after PARTITION OF: \"FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')\", "
                                + "\"FOR VALUES IN ('a', 'b')\", \"FOR VALUES WITH (MODULUS 4, REMAINDER 0)\" or \"DEFAULT\"."));
            }
        }
        // the partitions below a refused one are not reported again as below no declared partition
        boolean more = !refused.isEmpty();
        while (more) {
            more = partitions.removeIf(s -> {
                boolean below = !s.of().isBlank() && refused.contains(s.of().trim());
                if (below) {
                    refused.add(s.name());
                }
                return below;
            });
        }
        // partitions of a refused key are not reported again as partitions without a key
        return new TableDraft.Partitioning(key, keyProblem == null ? partitions : List.of());
    }

    private boolean index(String where, IndexSpec index) {
        boolean ok = index.where().isBlank() || expression(where, "@Index(where = …)", index.where(), Place.EXPRESSION);
        String methodProblem = ExpressionGuard.methodProblem(index.using());
        if (!index.using().isBlank() && methodProblem != null) {
            problems.add(new Problem(where, "@Index(using = \"" + shown(index.using()) + "\") is not an access method: "
                    + methodProblem + ".", "write btree, hash, gist, spgist, gin or brin (or an extension's method)."));
            ok = false;
        }
        if (!index.columns().isBlank()) {
            ok &= expression(where, "@Index(columns = …)", index.columns(), Place.KEY_LIST) && keys(where, index.columns());
        }
        return ok;
    }

    /** Each expression key of a list that is sound as a whole: dibs renders it alone, in parentheses. */
    private boolean keys(String where, String list) {
        List<Key> keys;
        try {
            keys = KeyListParser.parseIndexKeys(list);
        } catch (IllegalArgumentException e) {
            return true; // the table assembler reports the list as unreadable
        }
        for (Key key : keys) {
            if (key.expression() && !expression(where, "@Index(columns = …)", key.text(), Place.EXPRESSION)) {
                return false;
            }
        }
        return true;
    }

    /** Records a problem unless {@code text} is one expression for {@code place}; says whether it is. */
    private boolean expression(String where, String annotation, String text, Place place) {
        String problem = ExpressionGuard.expressionProblem(text, place);
        if (problem == null) {
            return true;
        }
        String what = place == Place.KEY_LIST ? "a list of index keys" : "one SQL expression";
        problems.add(new Problem(where, annotation + " \"" + shown(text) + "\" is not " + what + ": " + problem + ".",
                place == Place.KEY_LIST ? "write keys as \"col\", \"col DESC\" or \"(expression)\", separated by commas."
                        : "write a single expression; dibs adds the surrounding SQL itself (statements, comments and "
                        + "unbalanced parentheses are refused)."));
        return false;
    }

    /** The text as written, on one line and not endless, for the message. */
    private static String shown(String text) {
        String oneLine = Printable.escape(text);
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
