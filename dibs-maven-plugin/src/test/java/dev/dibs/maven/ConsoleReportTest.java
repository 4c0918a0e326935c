package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.render.Hazard;
import dev.dibs.engine.render.Statement;
import dev.dibs.engine.render.TransactionMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void aStatementLineListsItsHazardsSortedByNameLikeEveryReport() {
        Statement s = new Statement("ALTER TABLE public.customers\n    DROP COLUMN legacy_code", null,
                new LinkedHashSet<>(List.of(Hazard.DELETES_DATA, Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK)),
                TransactionMode.IN_TRANSACTION);

        assertThat(ConsoleReport.statementLine(s))
                .isEqualTo("ALTER TABLE public.customers DROP COLUMN legacy_code   -- [ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA]");
    }

    @Test
    void aStatementWithoutHazardsHasNoComment() {
        Statement s = new Statement("CREATE TABLE t ()", null, Set.of(), TransactionMode.IN_TRANSACTION);

        assertThat(ConsoleReport.statementLine(s)).isEqualTo("CREATE TABLE t ()");
    }
}
