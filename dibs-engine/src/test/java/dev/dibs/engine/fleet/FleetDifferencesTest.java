package dev.dibs.engine.fleet;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drifting target's differences as a fleet keeps them: a line each, as dibs:diff says it, and no more than fifty. */
class FleetDifferencesTest {

    @Test
    void aTargetKeepsItsFirstFiftyDifferencesAndSaysHowManyMore() {
        List<SchemaChange> changes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            changes.add(new SchemaChange.DropTable(table("t" + i).columns(col("id", "integer")).build()));
        }
        DriftReport report = new DriftReport("db", DriftReport.JAVA_SCHEMA, new Plan(changes, List.of(), List.of()), schema(),
                List.of(), List.of(), List.of("foreign key k on public.t: the database has MATCH FULL, the Java schema has MATCH"
                        + " SIMPLE; no statement of dibs changes that."));

        List<String> differences = FleetDifferences.of(report);

        assertThat(differences).hasSize(TargetOutcome.Result.MOST_DIFFERENCES + 1);
        assertThat(differences.get(0)).isEqualTo("- table public.t0");
        assertThat(differences.get(49)).isEqualTo("- table public.t49");
        assertThat(differences.get(50)).isEqualTo("… and 11 more (dibs:diff on this target alone lists them all)");
    }

    @Test
    void whatNoStatementChangesIsListedToo() {
        DriftReport report = new DriftReport("db", DriftReport.JAVA_SCHEMA, new Plan(List.of(), List.of(), List.of()), schema(),
                List.of(), List.of(), List.of("foreign key k on public.t: MATCH FULL."));
        assertThat(FleetDifferences.of(report)).containsExactly("! foreign key k on public.t: MATCH FULL.");
    }
}
