package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.Planner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** diff.json (format 10): its size follows the plan, and what format 4 lost is in it. */
class DiffJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DriftReport report(Schema current, Schema desired) {
        return new DriftReport("db", DriftReport.JAVA_SCHEMA, Planner.plan(current, desired, RenameHints.none()), desired,
                List.of(), List.of());
    }

    @Test
    void droppingAThousandTablesTakesAtMostTwoMegabytes() throws Exception {
        Schema empty = Schema.empty(List.of("public"));
        String json = ReportWriter.json(report(LargeSchemas.schema(1000), empty));

        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2 * 1024 * 1024);
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("format").asInt()).isEqualTo(11);
        assertThat(root.get("changes")).hasSize(2000);
        // each element of a top-level list is a line of its own
        assertThat(json.lines().filter(l -> l.startsWith("    {\"kind\":"))).hasSize(2000);
        JsonNode drop = null;
        for (JsonNode c : root.get("changes")) {
            drop = c.get("object").asText().equals("table public.t00000") ? c : drop;
        }
        assertThat(drop).isNotNull();
        assertThat(drop.get("kind").asText()).isEqualTo("DropTable");
        assertThat(drop.get("after").isNull()).isTrue();
        assertThat(drop.get("sql").get(0).asText()).isEqualTo("DROP TABLE public.t00000");
        assertThat(names(drop.get("hazards"))).containsExactly("ACQUIRES_ACCESS_EXCLUSIVE_LOCK", "DELETES_DATA");
        JsonNode table = drop.get("before");
        assertThat(table.get("columns")).hasSize(10);
        JsonNode code = table.get("columns").get(1);
        // defaults are left out: a NOT NULL column without identity says only its name and type
        assertThat(code.toString()).isEqualTo("{\"name\":\"code\",\"type\":\"character varying(40)\"}");
        assertThat(table.get("columns").get(7).get("nullable").asBoolean()).isTrue();
        assertThat(table.get("columns").get(3).get("defaultExpression").asText()).isEqualTo("0");
        assertThat(table.get("foreignKeys").get(0).get("onDelete").asText()).isEqualTo("SET_NULL");
        assertThat(table.get("foreignKeys").get(0).has("onUpdate")).isFalse();
        assertThat(table.get("foreignKeys").get(0).has("validated")).as("true unless said otherwise").isFalse();
        // the key dropped ahead of its table is named; its definition is the table's
        JsonNode key = null;
        for (JsonNode c : root.get("changes")) {
            key = c.get("object").asText().equals("foreign key public.t00000.t00000_ref_fk") ? c : key;
        }
        assertThat(key.get("kind").asText()).isEqualTo("DropForeignKey");
        assertThat(key.get("before").toString()).isEqualTo("{\"name\":\"t00000_ref_fk\"}");
        assertThat(table.get("foreignKeys").get(0).get("name").asText()).isEqualTo("t00000_ref_fk");
        assertThat(table.get("indexes").get(1).get("predicate").asText()).isEqualTo("active");
        assertThat(table.get("indexes").get(0).get("keys").get(1).toString())
                .isEqualTo("{\"column\":\"created_at\",\"descending\":true,\"nullsFirst\":true}");
    }

    @Test
    void aColumnsIdentityKindAndAnIndexKeysExpressionAreInIt() throws Exception {
        Schema current = LargeSchemas.schema(2);
        Schema desired = LargeSchemas.schema(2, t -> {
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(new Column("serial_no", PgType.parse("bigint"), false, null, Identity.ALWAYS, null, null));
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(new Index(t.name().name() + "_lower_ix", List.of(new IndexKey(null, "lower(name)", false, false)), false,
                    null, "btree", List.of()));
            return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), indexes, t.comment());
        });
        JsonNode changes = JSON.readTree(ReportWriter.json(report(current, desired))).get("changes");

        JsonNode column = find(changes, "AddColumn").get("after");
        assertThat(column.get("identity").asText()).isEqualTo("ALWAYS");
        assertThat(column.has("generated")).as("derived, not a component").isFalse();
        JsonNode index = find(changes, "AddIndex").get("after");
        assertThat(index.get("keys").get(0).get("expression").asText()).isEqualTo("lower(name)");
        assertThat(index.get("keys").get(0).has("column")).isFalse();
    }

    private static JsonNode find(JsonNode changes, String kind) {
        for (JsonNode c : changes) {
            if (c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " in " + changes);
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
