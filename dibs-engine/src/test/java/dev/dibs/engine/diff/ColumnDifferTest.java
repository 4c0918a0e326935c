package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.generated;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withComment;
import static dev.dibs.engine.testing.Models.withDefault;
import static dev.dibs.engine.testing.Models.withIdentity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns of one table on both sides, without a database: which change and which aspects. */
class ColumnDifferTest {

    private static List<SchemaChange> diff(List<Column> current, List<Column> desired) {
        List<SchemaChange> out = new ArrayList<>();
        ColumnDiffer.diff(table("t").columns(current.toArray(Column[]::new)).build(),
                table("t").columns(desired.toArray(Column[]::new)).build(), out, c -> false);
        return out;
    }

    @Test
    void equalColumnsInAnotherOrderGiveNoChange() {
        assertThat(diff(List.of(col("a", "int4"), col("b", "text")), List.of(col("b", "text"), col("a", "integer")))).isEmpty();
    }

    @Test
    void dropsComeBeforeAdds() {
        Column a = col("a", "integer");
        Column b = col("b", "text");
        Column c = notNull("c", "bigint");

        assertThat(diff(List.of(a, b), List.of(a, c))).containsExactly(
                new DropColumn(name("t"), b),
                new AddColumn(name("t"), c));
    }

    @Test
    void typeChangeIsAnAlterWithOnlyTheTypeAspect() {
        Column from = col("n", "integer");
        Column to = col("n", "bigint");

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new AlterColumn(name("t"), from, to, EnumSet.of(ColumnAspect.TYPE)));
    }

    @Test
    void nullabilityAndDefaultChangeTogether() {
        Column from = col("n", "integer");
        Column to = withDefault(notNull("n", "integer"), "0");

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new AlterColumn(name("t"), from, to, EnumSet.of(ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT)));
    }

    @Test
    void identityAndCommentAreAspectsOfTheirOwn() {
        Column from = notNull("id", "bigint");
        Column to = withComment(withIdentity(from, Identity.ALWAYS), "the key");

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new AlterColumn(name("t"), from, to, EnumSet.of(ColumnAspect.IDENTITY, ColumnAspect.COMMENT)));
    }

    @Test
    void storedGeneratedColumnTurnedPlainIsAnAlter() {
        Column from = generated("total", "integer", "(a + b)", false);
        Column to = col("total", "integer");

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new AlterColumn(name("t"), from, to, EnumSet.of(ColumnAspect.GENERATED)));
    }

    @Test
    void changedGenerationExpressionRecreatesTheColumn() {
        Column from = generated("total", "integer", "(a + b)", false);
        Column to = generated("total", "integer", "(a * b)", false);

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new DropColumn(name("t"), from),
                new AddColumn(name("t"), to));
    }

    @Test
    void virtualColumnTurnedPlainRecreatesTheColumn() {
        Column from = generated("total", "integer", "(a + b)", true);
        Column to = col("total", "integer");

        assertThat(diff(List.of(from), List.of(to))).containsExactly(
                new DropColumn(name("t"), from),
                new AddColumn(name("t"), to));
    }

    @Test
    void aspectsListEveryDifferenceAndNothingElse() {
        Column from = withComment(withDefault(col("n", "integer"), "1"), "old");
        Column to = withIdentity(notNull("n", "bigint"), Identity.BY_DEFAULT);

        assertThat(ColumnDiffer.aspects(from, to)).containsExactly(ColumnAspect.TYPE, ColumnAspect.NULLABILITY,
                ColumnAspect.DEFAULT, ColumnAspect.IDENTITY, ColumnAspect.COMMENT);
        assertThat(ColumnDiffer.aspects(from, from)).isEmpty();
    }
}
