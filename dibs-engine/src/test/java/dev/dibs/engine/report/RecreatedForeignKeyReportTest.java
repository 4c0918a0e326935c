package dev.dibs.engine.report;

import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A foreign key re-created around a replaced key says why in every report, and diff.json keeps its shape. */
class RecreatedForeignKeyReportTest {

    @Test
    void reportsSayWhyAndDiffJsonLeavesTheBindingOut() {
        ForeignKey key = fk("orders_code_fkey", "code", "accounts", "code");
        Schema current = schema(table("accounts").columns(notNull("code", "text")).unique("accounts_code_key", "code").build(),
                table("orders").columns(notNull("code", "text")).fk(key.withReferencedIndex("accounts_code_key")).build());
        Schema desired = schema(table("accounts").columns(notNull("code", "text")).pk("accounts_pkey", "code").build(),
                table("orders").columns(notNull("code", "text")).fk(key).build());
        DriftReport report = new DriftReport("db", DriftReport.JAVA_SCHEMA, Planner.plan(current, desired, RenameHints.none()), desired,
                List.of(), List.of());
        String why = "(re-created: it depends on unique accounts_code_key of public.accounts, which the plan drops)";

        assertThat(ReportWriter.json(report)).contains("\"summary\":\"foreign key orders_code_fkey " + why + "\"")
                .contains("\"summary\":\"foreign key orders_code_fkey -> public.accounts " + why + "\"")
                .contains("\"referencedColumns\"").doesNotContain("referencedIndex");
        assertThat(ReportWriter.markdown(report)).contains("- `~` foreign key orders_code_fkey " + why);
        // in dibs:check, the key is in both schemas: neither missing from the migrations nor from the Java schema
        SchemaChange drop = report.plan().changes().stream().filter(SchemaChange.DropForeignKey.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(ChangeDescriber.asMissingFromMigrations(drop)).isEqualTo("public.orders: foreign key orders_code_fkey " + why
                + ": the migrations and the Java schema differ");
    }
}
