package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Renamed;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The {@code NOT NULL} constraints added {@code NOT VALID} (PostgreSQL 18): they refuse NULL in new
 * rows while old ones may hold it. The inspection reads such a column as nullable and notes the
 * constraint ("not-null constraint"); the model has no third state, so each side is read for what
 * the plan must do. A reference database's ({@link #enforced}) is NOT NULL: a target made what it is
 * keeps or gets NOT NULL. A target's ({@link #asTarget}) is NOT NULL where the desired column is
 * nullable (the plan drops the constraint) or is itself NOT VALID there (nothing to do), and nullable
 * where the desired column is NOT NULL (the plan's SET NOT NULL validates it).
 */
public final class NotValidNotNulls {

    static final String KIND = "not-null constraint";

    private NotValidNotNulls() {
    }

    /** {@code reference} with every column a NOT VALID NOT NULL guards read as NOT NULL. */
    public static Inspection enforced(Inspection reference) {
        return readAsNotNull(reference, (table, column) -> true);
    }

    /**
     * {@code target} with the columns a NOT VALID NOT NULL guards read as NOT NULL where the desired
     * state has the column nullable, or guarded the same way ({@code desiredNotes}); a table or column
     * the plan renames ({@code renamed}, as the differ renames them) is read as the one it becomes.
     */
    public static Inspection asTarget(Inspection target, Schema desired, List<NotManaged> desiredNotes, Renamed renamed) {
        Map<QualifiedName, Set<String>> alsoThere = guarded(desiredNotes, desired);
        return readAsNotNull(target, (table, column) -> desired.table(renamed.table(table))
                .flatMap(d -> d.column(renamed.column(table, column))
                        .map(c -> c.nullable() || alsoThere.getOrDefault(d.name(), Set.of()).contains(c.name())))
                .orElse(false));
    }

    private static Inspection readAsNotNull(Inspection inspection, BiPredicate<QualifiedName, String> when) {
        Map<QualifiedName, Set<String>> guarded = guarded(inspection.notManaged(), inspection.schema());
        if (guarded.isEmpty()) {
            return inspection;
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : inspection.schema().tables()) {
            Set<String> columns = guarded.getOrDefault(t.name(), Set.of());
            tables.add(columns.isEmpty() ? t : t.withColumns(t.columns().stream()
                    .map(c -> c.nullable() && columns.contains(c.name()) && when.test(t.name(), c.name()) ? notNull(c) : c).toList()));
        }
        return new Inspection(inspection.schema().withTables(tables), inspection.notManaged(), inspection.serverVersionNum(),
                inspection.fingerprints(), inspection.extensions());
    }

    /**
     * The NOT VALID NOT NULL constraints of {@code inspection}'s tables: {@code schema.table.column} to
     * the constraint's name. Validating one sets its column NOT NULL, reading the rows under SHARE UPDATE
     * EXCLUSIVE; {@code SET NOT NULL} would read them under ACCESS EXCLUSIVE.
     */
    public static Map<String, String> constraints(Inspection inspection) {
        Map<String, String> out = new HashMap<>();
        each(inspection.notManaged(), inspection.schema(), (table, column, constraint) -> out.put(table + "." + column, constraint));
        return out;
    }

    /** The columns of {@code schema}'s tables that a NOT VALID NOT NULL guards, by the notes ({@code table.constraint}). */
    private static Map<QualifiedName, Set<String>> guarded(List<NotManaged> notes, Schema schema) {
        Map<QualifiedName, Set<String>> out = new HashMap<>();
        each(notes, schema, (table, column, constraint) -> out.computeIfAbsent(table, k -> new HashSet<>()).add(column));
        return out;
    }

    private interface Guard {
        void accept(QualifiedName table, String column, String constraint);
    }

    /** Each NOT VALID NOT NULL of the notes ({@code table.constraint}) on a column of {@code schema}'s tables. */
    private static void each(List<NotManaged> notes, Schema schema, Guard guard) {
        for (NotManaged n : notes) {
            String column = n.kind().equals(KIND) && n.detail() != null ? column(n.detail()) : null;
            if (column == null) {
                continue;
            }
            // the note names table.constraint: of tables "t" and "t.x" with the column, "t.x.c" is the longer one's
            Table guardedTable = null;
            for (Table t : schema.tables()) {
                if (t.name().schema().equals(n.schema()) && n.name().startsWith(t.name().name() + ".") && t.column(column).isPresent()
                        && (guardedTable == null || t.name().name().length() > guardedTable.name().name().length())) {
                    guardedTable = t;
                }
            }
            if (guardedTable != null) {
                guard.accept(guardedTable.name(), column, n.name().substring(guardedTable.name().name().length() + 1));
            }
        }
    }

    /** The column of {@code NOT NULL name NOT VALID}, as {@code pg_get_constraintdef} prints it; null for any other text. */
    static String column(String definition) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(definition);
        return tokens.size() == 5 && tokens.get(0).isKeyword("not") && tokens.get(1).isKeyword("null") && tokens.get(2).isName()
                && tokens.get(3).isKeyword("not") && tokens.get(4).isKeyword("valid") ? tokens.get(2).text() : null;
    }

    private static Column notNull(Column c) {
        return new Column(c.name(), c.type(), false, c.defaultExpression(), c.identity(), c.generatedExpression(), c.comment(),
                c.virtual(), c.sequence(), c.statistics(), c.collation());
    }
}
