package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.diff.SchemaChange.AddPartition;
import dev.dibs.engine.diff.SchemaChange.DropPartition;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.solve.SchemaComparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partitioning of a table both sides have: what changes, what is kept, what is refused. */
class PartitionDifferTest {

    private static final Partition Y2024 = new Partition("events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    private static final Partition Y2025 = new Partition("events_2025", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    private static final Partition OTHER = new Partition("events_other", "DEFAULT");

    private static Table events(String key, Partition... partitions) {
        Table t = table("events").columns(notNull("id", "bigint"), notNull("created_at", "date")).build();
        return t.withOptions(TableOptions.DEFAULT.withPartitioning(key, List.of(partitions)));
    }

    private static List<SchemaChange> changes(Table current, Table desired) {
        return SchemaDiffer.diff(schema(current), schema(desired), RenameHints.none()).changes();
    }

    @Test
    void addsDeclaredPartitionsAndSaysWhenADefaultPartitionIsChecked() {
        assertThat(changes(events("RANGE (created_at)", Y2024), events("RANGE (created_at)", Y2024, Y2025)))
                .containsExactly(new AddPartition(events("x").name(), Y2025, false));
        assertThat(changes(events("RANGE (created_at)", OTHER), events("RANGE (created_at)", OTHER, Y2025)))
                .containsExactly(new AddPartition(events("x").name(), Y2025, true));
    }

    @Test
    void neverDropsAPartitionNobodyDeclaresAndNoComparisonCountsIt() {
        Table current = events("RANGE (created_at)", Y2024, Y2025);
        Table desired = events("RANGE (created_at)", Y2024);
        assertThat(changes(current, desired)).isEmpty();
        assertThat(PartitionDiffer.undeclared(current, desired)).containsExactly(Y2025);
        assertThat(SchemaComparison.differences(schema(current), schema(desired))).isEmpty();
        assertThat(SchemaComparison.differences(schema(desired), schema(current)))
                .as("a declared partition that is missing is a difference").isNotEmpty();
    }

    @Test
    void aPartitionedPartitionDeclaredOtherwiseGoesWithItsPartitionsAndAllComeBack() {
        Partition byId = new Partition("events_2024", Y2024.bound(), null, "HASH (id)");
        Partition byRegion = byId.withPartitionBy("LIST (id)");
        Partition half = new Partition("events_2024_0", "FOR VALUES WITH (MODULUS 2, REMAINDER 0)", "events_2024", null);
        Partition zero = new Partition("events_2024_0", "FOR VALUES IN (0)", "events_2024", null);
        Partition one = new Partition("events_2024_1", "FOR VALUES IN (1)", "events_2024", null);
        List<SchemaChange> changes = changes(events("RANGE (created_at)", byId, half, Y2025),
                events("RANGE (created_at)", byRegion, zero, one, Y2025));
        assertThat(changes).containsExactly(
                new DropPartition(events("x").name(), byId, false, "its partition key changed", List.of("events_2024_0")),
                new AddPartition(events("x").name(), byRegion, false), new AddPartition(events("x").name(), zero, false),
                new AddPartition(events("x").name(), one, false));
        // its partition, unchanged but gone with it, is added again after it
        assertThat(changes(events("RANGE (created_at)", Y2024.withPartitionBy("HASH (id)"), half),
                events("RANGE (created_at)", new Partition("events_2024", "DEFAULT", null, "HASH (id)"), half)))
                .extracting(c -> c.getClass().getSimpleName() + " " + c.subject())
                .containsExactly("DropPartition partition public.events_2024", "AddPartition partition public.events_2024",
                        "AddPartition partition public.events_2024_0");
    }

    @Test
    void aPartitionThatMovesUnderAnotherIsDroppedAndAddedThereAndBesideADefaultOneChecksIt() {
        Partition america = new Partition("events_america", "FOR VALUES IN (1, 2)", null, "LIST (id)");
        Partition rest = new Partition("events_rest", "DEFAULT", "events_america", null);
        Partition us = new Partition("events_us", "FOR VALUES IN (1)", null, null);
        Partition usBelow = new Partition("events_us", "FOR VALUES IN (1)", "events_america", null);
        assertThat(changes(events("LIST (id)", us, america, rest), events("LIST (id)", america, rest, usBelow)))
                .containsExactly(new DropPartition(events("x").name(), us, false, "it becomes a partition of events_america", List.of()),
                        new AddPartition(events("x").name(), usBelow, true));
    }

    @Test
    void refusesToDropAPartitionWhoseSubPartitionNobodyDeclared() {
        Partition byId = new Partition("events_2024", Y2024.bound(), null, "HASH (id)");
        Partition undeclared = new Partition("events_2024_x", "FOR VALUES WITH (MODULUS 1, REMAINDER 0)", "events_2024", null);
        PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> changes(events("RANGE (created_at)", byId, undeclared),
                events("RANGE (created_at)", new Partition("events_2024", "DEFAULT", null, "HASH (id)"))));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("drop the partition public.events_2024_x below it",
                "ALTER TABLE public.events_2024 DETACH PARTITION public.events_2024_x");
        // kept when its parent stays: a note, not a change
        assertThat(changes(events("RANGE (created_at)", byId, undeclared), events("RANGE (created_at)", byId))).isEmpty();
    }

    @Test
    void aChangedBoundDropsAndAddsThePartition() {
        Partition narrower = new Partition("events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')");
        assertThat(changes(events("RANGE (created_at)", Y2024), events("RANGE (created_at)", narrower)))
                .containsExactly(new DropPartition(events("x").name(), Y2024), new AddPartition(events("x").name(), narrower, false));
    }

    @Test
    void aChangedKeyOrPartitioningIsRefusedNamingBothSides() {
        for (String[] keys : new String[][] {{"RANGE (created_at)", "LIST (id)"}, {null, "RANGE (created_at)"},
                {"HASH (id)", null}}) {
            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class,
                    () -> changes(events(keys[0]), events(keys[1])));
            assertThat(e).as("%s -> %s", keys[0], keys[1]).isNotNull();
            assertThat(e.getMessage()).contains("table public.events: the database has it "
                    + (keys[0] == null ? "not partitioned" : "PARTITION BY " + keys[0]) + ", the desired state "
                    + (keys[1] == null ? "not partitioned" : "PARTITION BY " + keys[1]));
        }
    }

    /**
     * PostgreSQL refuses ALTER COLUMN … TYPE on a column the partition key reads (by name or in an
     * expression): refused before anything runs; a column outside the key is retyped.
     */
    @Test
    void aRetypedColumnOfThePartitionKeyIsRefused() {
        Table wider = table("events").columns(notNull("id", "bigint"), notNull("created_at", "timestamp with time zone")).build();
        for (String key : List.of("RANGE (created_at)", "LIST (date_trunc('day'::text, created_at))")) {
            Table desired = wider.withOptions(TableOptions.DEFAULT.withPartitioning(key, List.of()));
            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> changes(events(key), desired));
            assertThat(e).as(key).isNotNull();
            assertThat(e.getMessage()).isEqualTo("dibs cannot change the type of column public.events.created_at from date to"
                    + " timestamp with time zone: it is in the partition key of table public.events (PARTITION BY " + key + "),"
                    + " and PostgreSQL cannot alter the type of a partition key's column; so nothing was planned. Either keep"
                    + " its type date, or move the rows in a migration: create a table under another name with the type wanted,"
                    + " copy the rows into it, drop public.events and rename the new table to events; then plan again.");
        }
        // an enum type created again (a label removed) converts its columns: refused there too
        Table byMood = table("events").columns(notNull("id", "bigint"), notNull("m", "public.mood")).build()
                .withOptions(TableOptions.DEFAULT.withPartitioning("LIST (m)", List.of()));
        PartitioningRefused enumKey = catchThrowableOfType(PartitioningRefused.class, () -> SchemaDiffer.diff(
                new dev.dibs.engine.model.Schema(List.of("public"), List.of(byMood), List.of(dev.dibs.engine.testing.Models.enumType("mood", "happy", "sad"))),
                new dev.dibs.engine.model.Schema(List.of("public"), List.of(byMood), List.of(dev.dibs.engine.testing.Models.enumType("mood", "happy"))),
                RenameHints.none()));
        assertThat(enumKey).isNotNull();
        assertThat(enumKey.getMessage()).startsWith("dibs cannot change the labels of the enum type public.mood from [happy, sad] to"
                + " [happy]: labels removed or reordered make dibs create the type again and convert its columns, and column"
                + " public.events.m is in the partition key of table public.events (PARTITION BY LIST (m))");
        Table idWider = table("events").columns(notNull("id", "numeric"), notNull("created_at", "date")).build()
                .withOptions(TableOptions.DEFAULT.withPartitioning("RANGE (created_at)", List.of()));
        assertThat(changes(events("RANGE (created_at)"), idWider)).hasSize(1);
    }

    @Test
    void aNewPartitionedTableComesWithItsPartitions() {
        Table users = table("users").columns(notNull("id", "integer")).build();
        Table events = events("RANGE (created_at)", Y2024, OTHER);
        assertThat(SchemaDiffer.diff(schema(users), schema(users, events), RenameHints.none()).changes())
                .containsExactly(new SchemaChange.AddTable(events), new AddPartition(events.name(), Y2024, false),
                        new AddPartition(events.name(), OTHER, false));
    }

    /** Names from the database in a refusal stay on its one line (Maven prints each line of a failure behind [ERROR]). */
    @Test
    void aRefusalQuotesANameWithALineFeedOnItsLine() {
        var table = new dev.dibs.engine.model.QualifiedName("public", "ev\n[INFO] BUILD SUCCESS");
        String overlap = PartitioningRefused.overlap(table, new dev.dibs.engine.model.Partition("ev_1", "DEFAULT"),
                new dev.dibs.engine.model.Partition("ev_old\r", "DEFAULT")).getMessage();
        String key = PartitioningRefused.keyChange(table, "RANGE (at)", "LIST (k\u001b[2K)").getMessage();
        for (String message : java.util.List.of(overlap, key)) {
            org.assertj.core.api.Assertions.assertThat(message).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b")
                    .contains("ev\\n[INFO] BUILD SUCCESS");
        }
    }

    /** A table referencing events' id, by a foreign key or not. */
    private static Table notes(boolean withKey) {
        var t = table("notes").columns(notNull("id", "bigint"), notNull("event_id", "bigint")).pk("notes_pkey", "id");
        return (withKey ? t.fk(fk("notes_event_id_fkey", "event_id", "events", "id")) : t).build();
    }

    private static Table keyedEvents(Partition... partitions) {
        Table t = table("events").columns(notNull("id", "bigint"), notNull("created_at", "date")).pk("events_pkey", "id", "created_at")
                .build();
        return t.withOptions(TableOptions.DEFAULT.withPartitioning("RANGE (created_at)", List.of(partitions)));
    }

    @Test
    void aPartitionDropIsMarkedReferencedOnlyWhileAKeyThePlanKeepsReferencesItsTable() {
        Partition narrower = new Partition("events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')");
        java.util.function.BiFunction<Table, Table, List<Boolean>> marks = (before, after) -> SchemaDiffer.diff(
                schema(keyedEvents(Y2024), before), schema(keyedEvents(narrower), after), RenameHints.none()).changes().stream()
                .filter(DropPartition.class::isInstance).map(c -> ((DropPartition) c).referenced()).toList();
        assertThat(marks.apply(notes(true), notes(true))).as("a key kept").containsExactly(true);
        assertThat(marks.apply(notes(true), notes(false))).as("a key the plan drops").containsExactly(false);
        assertThat(marks.apply(notes(false), notes(true))).as("a key the plan adds").containsExactly(false);
        assertThat(SchemaDiffer.diff(schema(keyedEvents(Y2024), notes(true)), schema(keyedEvents(narrower)), RenameHints.none())
                .changes().stream().filter(DropPartition.class::isInstance).map(c -> ((DropPartition) c).referenced()).toList())
                .as("the referencing table dropped").containsExactly(false);
    }
}
