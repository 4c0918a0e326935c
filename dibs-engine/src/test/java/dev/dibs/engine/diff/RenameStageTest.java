package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames come only from hints, and the rest of the diff sees the current schema after them. */
class RenameStageTest {

    private static final Table PEOPLE = table("people").columns(notNull("id", "integer")).pk("people_pkey", "id").build();
    private static final Table PETS = table("pets").columns(notNull("owner", "integer"))
            .fk(fk("pets_owner_fkey", "owner", "people", "id")).build();

    private static RenameHints tableHint(String to, String from) {
        return new RenameHints(List.of(new RenameHints.TableRename(name(to), from)), List.of(), List.of());
    }

    private static RenameHints columnHint(String table, String to, String from) {
        return new RenameHints(List.of(), List.of(new RenameHints.ColumnRename(name(table), to, from)), List.of());
    }

    /**
     * A renamed column is renamed in the partition keys that read it (the table's and a partition's own,
     * as PostgreSQL prints them after the rename), never in a strategy word, a call or a schema's name.
     */
    @Test
    void aColumnRenameFollowsIntoPartitionKeysAndLeavesCallsAndQualifiersAlone() {
        Table events = table("events").columns(notNull("app", "integer"), notNull("list", "text")).build();
        events = events.withOptions(dev.dibs.engine.model.TableOptions.DEFAULT.withPartitioning("RANGE (app.bucket(app))",
                List.of(new dev.dibs.engine.model.Partition("e1", "FOR VALUES FROM (0) TO (9)", null, "LIST (list)"))));

        Table renamed = RenameStage.renameColumnIn(RenameStage.renameColumnIn(events, name("events"), "app", "x"),
                name("events"), "list", "kind");

        assertThat(renamed.options().partitionBy()).isEqualTo("RANGE (app.bucket(x))");
        assertThat(renamed.options().partitions()).extracting(dev.dibs.engine.model.Partition::partitionBy)
                .containsExactly("LIST (kind)");
    }

    @Test
    void tableHintRenamesTheTableAndRetargetsForeignKeys() {
        Schema current = schema(PEOPLE, PETS);

        var result = RenameStage.apply(current, schema(), tableHint("persons", "people"));

        assertThat(result.changes()).containsExactly(new RenameTable(name("people"), "persons"));
        assertThat(result.renamedCurrent().table(name("persons"))).contains(PEOPLE.withName(name("persons")));
        assertThat(result.renamedCurrent().table(name("pets")).orElseThrow().foreignKeys().get(0).referencedTable())
                .isEqualTo(name("persons"));
    }

    /** What NotValidNotNulls reads a database's tables and columns as: the names the plan gives them, chains followed. */
    @Test
    void renamedSaysWhatEachTableAndColumnBecomesAsThePlanRenamesThem() {
        Table old = table("old_t").columns(notNull("a", "integer"), notNull("z", "integer"), notNull("p", "integer")).build();
        Table kept = table("u").columns(notNull("x", "integer")).build();
        // b <- a, then a <- z: the plan renames a first, then z takes its name; q <- p, then r <- q: p ends as r
        RenameHints hints = new RenameHints(List.of(new RenameHints.TableRename(name("mid"), "old_t"),
                new RenameHints.TableRename(name("t"), "mid")),
                List.of(new RenameHints.ColumnRename(name("t"), "b", "a"), new RenameHints.ColumnRename(name("t"), "a", "z"),
                        new RenameHints.ColumnRename(name("t"), "q", "p"), new RenameHints.ColumnRename(name("t"), "r", "q"),
                        new RenameHints.ColumnRename(name("u"), "y", "gone")), List.of());

        var renamed = RenameStage.renamed(schema(old, kept), schema(), hints);

        assertThat(renamed.table(name("old_t"))).isEqualTo(name("t"));
        assertThat(renamed.table(name("u"))).isEqualTo(name("u"));
        assertThat(renamed.column(name("old_t"), "a")).isEqualTo("b");
        assertThat(renamed.column(name("old_t"), "z")).isEqualTo("a");
        assertThat(renamed.column(name("old_t"), "p")).isEqualTo("r");
        assertThat(renamed.column(name("u"), "x")).isEqualTo("x");
    }

    @Test
    void columnHintRenamesTheColumnInKeysIndexesAndExpressions() {
        Table t = table("t").columns(notNull("a", "integer")).pk("t_pkey", "a").check("t_a_check", "(a > 0)")
                .index(index("t_a_idx", "a")).build();

        var result = RenameStage.apply(schema(t), schema(), columnHint("t", "b", "a"));

        assertThat(result.changes()).containsExactly(new RenameColumn(name("t"), "a", "b"));
        assertThat(result.renamedCurrent().table(name("t"))).contains(table("t").columns(notNull("b", "integer"))
                .pk("t_pkey", "b").check("t_a_check", "(b > 0)").index(index("t_a_idx", "b")).build());
    }

    @Test
    void columnRenameFollowsIntoForeignKeysOfOtherTables() {
        var result = RenameStage.apply(schema(PEOPLE, PETS), schema(), columnHint("people", "person_id", "id"));

        assertThat(result.renamedCurrent().table(name("pets")).orElseThrow().foreignKeys().get(0).referencedColumns())
                .containsExactly("person_id");
    }

    @Test
    void hintsWhoseOldNameIsGoneOrStillWantedAreIgnored() {
        Schema current = schema(PEOPLE);

        assertThat(RenameStage.apply(current, schema(), tableHint("persons", "humans")).changes()).isEmpty();
        assertThat(RenameStage.apply(current, schema(PEOPLE), tableHint("persons", "people")).changes()).isEmpty();
        assertThat(RenameStage.apply(current, schema(), columnHint("people", "key", "missing")).changes()).isEmpty();
        assertThat(RenameStage.apply(current, schema(), tableHint("people", "people")).changes()).isEmpty();
    }

    @Test
    void throughTheDifferARenamedTableKeepsItsRowsAndFixesItsKeyName() {
        Table persons = table("persons").columns(notNull("id", "integer")).pk("persons_pkey", "id").build();

        Diff diff = SchemaDiffer.diff(schema(PEOPLE), schema(persons), tableHint("persons", "people"));

        assertThat(diff.changes()).containsExactly(
                new RenameTable(name("people"), "persons"),
                new SchemaChange.RenameConstraint(name("persons"), "people_pkey", "persons_pkey"));
        assertThat(diff.suggestions()).isEmpty();
    }
}
