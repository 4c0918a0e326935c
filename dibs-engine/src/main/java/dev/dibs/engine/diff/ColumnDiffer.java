package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.ExpressionNames;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Columns of a table present on both sides: added, dropped, or altered aspect by aspect. Order is not compared. */
final class ColumnDiffer {

    private ColumnDiffer() {
    }

    /**
     * @param regenerated whether a generated column computes with a function the plan drops and
     *                    creates again, or replaces with other results (stored ones only): re-created
     *                    around it ({@link RoutineDiffer#regenerated})
     */
    static void diff(Table current, Table desired, List<SchemaChange> out, Predicate<Column> regenerated) {
        var matched = Matching.byKey(current.columns(), desired.columns(), Column::name);
        for (Column c : matched.onlyCurrent()) {
            out.add(new DropColumn(current.name(), c));
        }
        for (Column d : matched.onlyDesired()) {
            out.add(new AddColumn(desired.name(), d));
        }
        List<String> retyped = matched.pairs().stream()
                .filter(p -> p.current().typeDiffers(p.desired())).map(p -> p.current().name()).toList();
        for (var pair : matched.pairs()) {
            Column from = pair.current();
            Column to = pair.desired();
            EnumSet<ColumnAspect> aspects = aspects(from, to);
            // PostgreSQL retypes no column a generated column is computed from, drops no function one
            // calls, and computes no stored value again when the function changes: one that stays
            // generated is re-created around the change (its values are computed again, nothing is lost).
            boolean readsRetyped = from.isGenerated() && to.isGenerated()
                    && (ExpressionNames.reads(from.generatedExpression(), retyped) || regenerated.test(from));
            if (aspects.isEmpty() && !readsRetyped) {
                continue;
            }
            // Postgres can turn a stored generated column into a plain one (DROP EXPRESSION) but not
            // the other way, not a virtual one, and not stored into virtual; changing the expression
            // needs version 17: re-create the column.
            if (readsRetyped || aspects.contains(ColumnAspect.GENERATED) && (to.generatedExpression() != null || from.virtual())) {
                out.add(new DropColumn(current.name(), from));
                out.add(new AddColumn(desired.name(), to));
                continue;
            }
            out.add(new AlterColumn(desired.name(), from, to, aspects));
        }
    }

    static EnumSet<ColumnAspect> aspects(Column from, Column to) {
        EnumSet<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (from.typeDiffers(to)) { // a collation changes only through ALTER COLUMN … TYPE, as a type does
            aspects.add(ColumnAspect.TYPE);
        }
        if (from.nullable() != to.nullable()) {
            aspects.add(ColumnAspect.NULLABILITY);
        }
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (from.identity() != to.identity()) {
            aspects.add(ColumnAspect.IDENTITY);
        }
        if (!Objects.equals(from.generatedExpression(), to.generatedExpression()) || from.virtual() != to.virtual()) {
            aspects.add(ColumnAspect.GENERATED);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            aspects.add(ColumnAspect.COMMENT);
        }
        if (!Objects.equals(from.sequence(), to.sequence())) {
            aspects.add(ColumnAspect.SEQUENCE);
        }
        if (!Objects.equals(from.statistics(), to.statistics())) {
            aspects.add(ColumnAspect.STATISTICS);
        }
        return aspects;
    }
}
