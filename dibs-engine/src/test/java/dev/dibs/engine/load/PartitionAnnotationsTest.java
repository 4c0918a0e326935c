package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Table(partitionBy)} and {@code @Partition}: read as written, and refused — naming the
 * class, the attribute and the fix — when the text is not a partition key or bound, or would carry
 * more SQL than one.
 */
class PartitionAnnotationsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package v;\nimport dev.dibs.*;\n";

    private List<Path> compile(String body) {
        return JavaSources.compile(dir, Map.of("v/E.java", HEADER + body));
    }

    private List<Problem> problems(String annotations) {
        List<Path> classpath = compile(annotations + "\nrecord E(long id, java.time.LocalDate createdAt) {}");
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("v")).load());
        assertThat(e).as("expected the loader to refuse %s", annotations).isNotNull();
        return e.problems();
    }

    private Problem only(String annotations) {
        List<Problem> found = problems(annotations);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).where()).isEqualTo("v.E");
        return found.get(0);
    }

    @Test
    void readsTheKeyAndThePartitionsAsWritten() {
        List<Path> classpath = compile("""
                @Table(value = "events", partitionBy = " RANGE (created_at) ")
                @Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
                @Partition(name = "Events Other", bound = "DEFAULT")
                record E(long id, java.time.LocalDate createdAt) {}
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("v")).load();
        TableOptions options = loaded.schema().table(new QualifiedName("public", "events")).orElseThrow().options();
        assertThat(options.partitionBy()).isEqualTo("RANGE (created_at)");
        assertThat(options.partitions()).containsExactly(new Partition("Events Other", "DEFAULT"),
                new Partition("events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
    }

    @Test
    void readsSubPartitionsWithTheirParentAndKey() {
        List<Path> classpath = compile("""
                @Table(value = "events", partitionBy = "RANGE (created_at)")
                @Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", partitionBy = " HASH (id) ")
                @Partition(name = "events_2024_0", of = "events_2024", bound = "FOR VALUES WITH (MODULUS 1, REMAINDER 0)")
                record E(long id, java.time.LocalDate createdAt) {}
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("v")).load();
        TableOptions options = loaded.schema().table(new QualifiedName("public", "events")).orElseThrow().options();
        assertThat(options.partitions()).containsExactly(
                new Partition("events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", null, "HASH (id)"),
                new Partition("events_2024_0", "FOR VALUES WITH (MODULUS 1, REMAINDER 0)", "events_2024", null));
    }

    @Test
    void refusesASubPartitionWhoseParentIsNotADeclaredPartitionedOne() {
        String table = "@Table(value = \"events\", partitionBy = \"RANGE (created_at)\")\n";
        Problem unknown = only(table + "@Partition(name = \"a\", of = \"events\", bound = \"DEFAULT\")");
        assertThat(unknown.message()).isEqualTo("@Partition(name = \"a\", of = \"events\") names no partition declared on public.events.");
        assertThat(unknown.fix()).contains("leave \"of\" out");

        Problem plain = only(table + "@Partition(name = \"a\", bound = \"DEFAULT\")\n"
                + "@Partition(name = \"b\", of = \"a\", bound = \"DEFAULT\")");
        assertThat(plain.message()).isEqualTo("@Partition(name = \"b\", of = \"a\"): partition a is not partitioned.");
        assertThat(plain.fix()).contains("partitionBy = \"LIST (region)\"");

        List<Problem> loop = problems(table + "@Partition(name = \"a\", of = \"b\", bound = \"DEFAULT\", partitionBy = \"LIST (id)\")\n"
                + "@Partition(name = \"b\", of = \"a\", bound = \"DEFAULT\", partitionBy = \"LIST (id)\")");
        assertThat(loop).extracting(Problem::message).containsExactly(
                "@Partition(name = \"a\", of = \"b\") is below itself: its partitions' \"of\" lead back to it.",
                "@Partition(name = \"b\", of = \"a\") is below itself: its partitions' \"of\" lead back to it.");

        // a refused key or bound is said once: not again by the partitions below it
        Problem key = only(table + "@Partition(name = \"a\", bound = \"DEFAULT\", partitionBy = \"LIST (id); DROP TABLE x\")\n"
                + "@Partition(name = \"b\", of = \"a\", bound = \"DEFAULT\", partitionBy = \"LIST (id)\")\n"
                + "@Partition(name = \"c\", of = \"b\", bound = \"DEFAULT\")");
        assertThat(key.message()).startsWith("@Partition(name = \"a\", partitionBy = \"LIST (id); DROP TABLE x\") is not a partition key: ");
        Problem bound = only(table + "@Partition(name = \"a\", bound = \"DEFAULT; DROP TABLE x\", partitionBy = \"LIST (id)\")\n"
                + "@Partition(name = \"b\", of = \"a\", bound = \"DEFAULT\")");
        assertThat(bound.message()).startsWith("@Partition(name = \"a\", bound = \"DEFAULT; DROP TABLE x\") is not a partition bound: ");
        Problem empty = only(table + "@Partition(name = \"a\", bound = \"\", partitionBy = \"LIST (id)\")\n"
                + "@Partition(name = \"b\", of = \"a\", bound = \"DEFAULT\")");
        assertThat(empty.message()).isEqualTo("@Partition(name = \"a\") has an empty bound.");
    }

    @Test
    void aTableWithoutPartitionByIsPlain() {
        LoadedSchema loaded = IntentLoader.builder().classpath(compile("@Table(\"t\") record E(long id) {}"))
                .packages(List.of("v")).load();
        assertThat(loaded.schema().tables().get(0).options()).isEqualTo(TableOptions.DEFAULT);
    }

    @Test
    void refusesKeysThatAreNotOneStrategyAndOneList() {
        for (String key : List.of("RANGE (created_at); DROP TABLE users", "RANGE (created_at) TABLESPACE pg_default",
                "RANGE (created_at)) WITH (fillfactor=10", "RANGE created_at", "BY RANGE (created_at)",
                "RANGE (created_at) -- a comment", "RANGE (created_at /* x */)", "RANGE ('a)", "RANGE (a) (b)")) {
            Problem p = only("@Table(value = \"events\", partitionBy = \"" + key.replace("\"", "\\\"") + "\")");
            assertThat(p.message()).as(key).startsWith("@Table(partitionBy = \"").contains("is not a partition key: ");
            assertThat(p.fix()).as(key).contains("\"RANGE (created_at)\"", "\"LIST (region)\"", "\"HASH (id)\"");
        }
    }

    @Test
    void refusesBoundsThatAreNotOneOfPostgresFourForms() {
        for (String bound : List.of("DEFAULT; DROP TABLE users", "FOR VALUES IN ('a') PARTITION BY LIST (id)",
                "DEFAULT WITH (fillfactor=10)", "FOR VALUES FROM ('a') TO ('b') TABLESPACE x", "FOR VALUES IN 'a'",
                "FOR VALUES IN ('a'))", "FOR VALUES IN ('a') -- x", "VALUES IN ('a')", "FOR VALUES IN ($$a)")) {
            Problem p = only("@Table(value = \"events\", partitionBy = \"LIST (id)\")\n@Partition(name = \"p\", bound = \""
                    + bound.replace("\"", "\\\"") + "\")");
            assertThat(p.message()).as(bound).startsWith("@Partition(name = \"p\", bound = \"").contains("is not a partition bound: ");
            assertThat(p.fix()).as(bound).contains("\"FOR VALUES IN ('a', 'b')\"", "\"DEFAULT\"");
        }
    }

    /** PostgreSQL computes a bound when it creates the partition, in the scratch database too: nothing that runs is taken. */
    @Test
    void refusesBoundsHoldingAnythingButConstants() {
        for (String bound : List.of("FOR VALUES IN (lo_export(424242, '/tmp/x'))", "FOR VALUES IN ((SELECT 1))",
                "FOR VALUES IN (pg_catalog.pg_read_file('postmaster.pid')::int)", "FOR VALUES IN (1 ### 2)",
                "FOR VALUES FROM (now()) TO (MAXVALUE)", "FOR VALUES IN (current_setting('port')::int)", "FOR VALUES IN (\"x\")")) {
            Problem p = only("@Table(value = \"events\", partitionBy = \"LIST (id)\")\n@Partition(name = \"p\", bound = \""
                    + bound.replace("\"", "\\\"") + "\")");
            assertThat(p.message()).as(bound).contains("is not a partition bound: a bound holds constants only");
        }
        List<Path> classpath = compile("""
                @Table(value = "events", partitionBy = "RANGE (at)")
                @Partition(name = "e1", bound = "FOR VALUES FROM (MINVALUE) TO ('2024-01-01'::date)")
                @Partition(name = "e2", bound = "FOR VALUES FROM (date '2024-01-01') TO (date '2025-01-01')")
                @Partition(name = "e3", bound = "FOR VALUES FROM ('2025-01-01') TO (MAXVALUE)")
                record E(long id, java.time.LocalDate at) {}
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("v")).load();
        assertThat(loaded.schema().tables().get(0).options().partitions()).hasSize(3);
    }

    @Test
    void aSemicolonInsideALiteralIsData() {
        List<Path> classpath = compile("""
                @Table(value = "tags", partitionBy = "LIST (name)")
                @Partition(name = "tags_odd", bound = "FOR VALUES IN ('a;b', 'it''s')")
                record E(long id, String name) {}
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("v")).load();
        assertThat(loaded.schema().tables().get(0).options().partitions())
                .containsExactly(new Partition("tags_odd", "FOR VALUES IN ('a;b', 'it''s')"));
    }

    @Test
    void partitionsWithoutAKey() {
        Problem p = only("@Table(\"events\") @Partition(name = \"p\", bound = \"DEFAULT\")");
        assertThat(p.message()).isEqualTo("@Partition on a table that is not partitioned.");
        assertThat(p.fix()).contains("partitionBy = \"RANGE (created_at)\"");
    }

    @Test
    void emptyDuplicateAndOverlongPartitionNames() {
        String table = "@Table(value = \"events\", partitionBy = \"LIST (id)\")\n";
        assertThat(only(table + "@Partition(name = \"\", bound = \"DEFAULT\")").message()).isEqualTo("@Partition has an empty name.");
        assertThat(only(table + "@Partition(name = \"p\", bound = \" \")").message())
                .isEqualTo("@Partition(name = \"p\") has an empty bound.");
        assertThat(only(table + "@Partition(name = \"p\", bound = \"DEFAULT\") @Partition(name = \"p\", bound = \"FOR VALUES IN (1)\")")
                .message()).isEqualTo("@Partition(name = \"p\") is declared twice.");
        assertThat(only(table + "@Partition(name = \"events\", bound = \"DEFAULT\")").message())
                .isEqualTo("@Partition(name = \"events\") is the table's own name.");
        assertThat(only(table + "@Partition(name = \"" + "p".repeat(64) + "\", bound = \"DEFAULT\")").message())
                .contains("is longer than 63 bytes");
    }
}
