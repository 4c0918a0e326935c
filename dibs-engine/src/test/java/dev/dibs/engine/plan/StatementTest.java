package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hazards and column aspects end up in printed text (plan.sql, generated migrations, refusal messages),
 * so their order must not depend on the JVM: {@code Set.copyOf} iterates in a per-JVM random order,
 * which once made the same refusal print {@code [DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK]} in one
 * Maven run and the reverse in the next.
 */
class StatementTest {

    @Test
    void hazardsIterateInTheEnumsOrderWhateverOrderTheyCameIn() {
        List<Hazard> reversed = new ArrayList<>(Arrays.asList(Hazard.values()));
        Collections.reverse(reversed);
        Statement s = new Statement("DROP TABLE t", null, new LinkedHashSet<>(reversed), TransactionMode.IN_TRANSACTION);

        assertThat(List.copyOf(s.hazards())).containsExactly(Hazard.values());
        assertThat(s.hazards()).isEqualTo(EnumSet.allOf(Hazard.class));
        assertThatThrownBy(() -> s.hazards().add(Hazard.DELETES_DATA)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noHazardsIsAnEmptyUnmodifiableSet() {
        Statement s = new Statement("SELECT 1", null, Set.of(), TransactionMode.IN_TRANSACTION);

        assertThat(s.hazards()).isEmpty();
        assertThat(s).isEqualTo(new Statement("SELECT 1", null, EnumSet.noneOf(Hazard.class), TransactionMode.IN_TRANSACTION));
        assertThatThrownBy(() -> s.hazards().add(Hazard.INDEX_BUILD)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void columnAspectsIterateInTheEnumsOrder() {
        List<ColumnAspect> reversed = new ArrayList<>(Arrays.asList(ColumnAspect.values()));
        Collections.reverse(reversed);
        Column c = new Column("n", PgType.builtin("integer"), false, null, null, null, null);
        AlterColumn alter = new AlterColumn(QualifiedName.of("public", "t"), c, c, new LinkedHashSet<>(reversed));

        assertThat(List.copyOf(alter.aspects())).containsExactly(ColumnAspect.values());
    }
}
