package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plan.sql carries the report's warnings, as comments each on its one line, above the statements. */
class PlanSqlWarningsTest {

    @Test
    void warningsAreCommentLinesAboveTheStatements() {
        Schema empty = Schema.empty(List.of("public"));
        String hostile = "The plan replaces function public.f(x integer), which the partition key of public.\"t\n"
                + "DROP TABLE users; --\" calls: rows stay";
        DriftReport report = new DriftReport("db", DriftReport.JAVA_SCHEMA, Planner.plan(empty, empty, RenameHints.none()), empty,
                List.of(), List.of("first", hostile));

        assertThat(ReportWriter.planSql(report).split("\n")).containsExactly(
                "-- dibs plan for db",
                "-- warning: first",
                "-- warning: The plan replaces function public.f(x integer), which the partition key of public.\"t\\n"
                        + "DROP TABLE users; --\" calls: rows stay",
                "-- nothing to do: the database matches the Java schema");
        assertThat(ReportWriter.planSql(report, false).split("\n")).as("for a console that prints the warnings itself")
                .containsExactly("-- dibs plan for db", "-- nothing to do: the database matches the Java schema");
        assertThat(ReportWriter.planSql(new DriftReport("db", DriftReport.JAVA_SCHEMA,
                Planner.plan(empty, empty, RenameHints.none()), empty, List.of(), List.of()))).doesNotContain("warning");
    }
}
