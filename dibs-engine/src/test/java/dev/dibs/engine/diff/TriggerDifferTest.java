package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggers: matched by table and name, following renames and drops of their table and changes of their columns. */
class TriggerDifferTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();

    private static Trigger trigger(String table, String name, String events, List<String> columns) {
        return new Trigger(name(table), name, "CREATE TRIGGER " + name + " AFTER " + events + " ON public." + table
                + " FOR EACH ROW EXECUTE FUNCTION public.audit()", "public.audit()", "O", null, columns);
    }

    private static List<SchemaChange> diff(Schema current, Schema desired, RenameHints hints) {
        return SchemaDiffer.diff(current, desired, hints).changes();
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        return diff(current, desired, RenameHints.none());
    }

    @Test
    void equalTriggersGiveNoChange() {
        Schema s = schema(ACCOUNTS).withTriggers(List.of(trigger("accounts", "t", "INSERT", List.of())));
        assertThat(diff(s, s)).isEmpty();
    }

    @Test
    void newGoneAndChangedTriggers() {
        Trigger kept = trigger("accounts", "kept", "INSERT", List.of());
        Trigger gone = trigger("accounts", "gone", "INSERT", List.of());
        Trigger changedBefore = trigger("accounts", "changed", "INSERT", List.of());
        Trigger changedAfter = trigger("accounts", "changed", "INSERT OR DELETE", List.of());
        Trigger added = trigger("accounts", "added", "DELETE", List.of());
        Schema current = schema(ACCOUNTS).withTriggers(List.of(kept, gone, changedBefore));
        Schema desired = schema(ACCOUNTS).withTriggers(List.of(kept, changedAfter, added));

        assertThat(diff(current, desired)).containsExactlyInAnyOrder(new DropTrigger(gone), new DropTrigger(changedBefore),
                new CreateTrigger(changedAfter), new CreateTrigger(added));
    }

    @Test
    void stateAndCommentChangeInPlace() {
        Trigger before = trigger("accounts", "t", "INSERT", List.of());
        Trigger after = before.withEnabled("D").withComment("paused");

        assertThat(diff(schema(ACCOUNTS).withTriggers(List.of(before)), schema(ACCOUNTS).withTriggers(List.of(after))))
                .containsExactly(new SetTriggerEnabled(name("accounts"), "t", "O", "D"), new SetTriggerComment(name("accounts"), "t", "paused"));
    }

    @Test
    void aDroppedTableTakesItsTriggersAlong() {
        Trigger t = trigger("accounts", "t", "INSERT", List.of());

        assertThat(diff(schema(ACCOUNTS).withTriggers(List.of(t)), schema())).containsExactly(new DropTable(ACCOUNTS));
    }

    /**
     * After the rename PostgreSQL prints the new table name in the same trigger: nothing to do. The
     * old name also appears inside a quoted column of UPDATE OF, which must stay as it is.
     */
    @Test
    void aRenamedTableKeepsItsTriggers() {
        String column = "x ON public.accounts y";
        Table accounts = table("accounts").columns(col("id", "integer"), col(column, "integer")).build();
        Table customers = table("customers").columns(col("id", "integer"), col(column, "integer")).build();
        String tail = " FOR EACH ROW EXECUTE FUNCTION public.audit()";
        Trigger before = new Trigger(name("accounts"), "t", "CREATE TRIGGER t AFTER UPDATE OF \"" + column + "\" ON public.accounts" + tail,
                "public.audit()", "D", "c", List.of(column));
        Trigger after = new Trigger(name("customers"), "t", "CREATE TRIGGER t AFTER UPDATE OF \"" + column + "\" ON public.customers" + tail,
                "public.audit()", "D", "c", List.of(column));
        RenameHints hints = new RenameHints(List.of(new RenameHints.TableRename(name("customers"), "accounts")), List.of(), List.of());

        assertThat(diff(schema(accounts).withTriggers(List.of(before)), schema(customers).withTriggers(List.of(after)), hints))
                .containsExactly(new RenameTable(name("accounts"), "customers"));
    }

    @Test
    void aTriggerUsingARetypedColumnGoesAndComesBackAroundIt() {
        Table wider = table("accounts").columns(col("id", "integer"), col("balance", "bigint")).build();
        Trigger user = trigger("accounts", "watch", "UPDATE OF balance", List.of("balance"));
        Trigger bystander = trigger("accounts", "other", "INSERT", List.of("id"));

        List<SchemaChange> changes = diff(schema(ACCOUNTS).withTriggers(List.of(user, bystander)),
                schema(wider).withTriggers(List.of(user, bystander)));

        assertThat(changes).hasSize(3).hasAtLeastOneElementOfType(AlterColumn.class);
        assertThat(changes).filteredOn(c -> c instanceof DropTrigger).singleElement()
                .satisfies(c -> assertThat(((DropTrigger) c).reason()).contains("column balance"))
                .satisfies(c -> assertThat(((DropTrigger) c).trigger()).isEqualTo(user));
        assertThat(changes).filteredOn(c -> c instanceof CreateTrigger).singleElement()
                .satisfies(c -> assertThat(((CreateTrigger) c).trigger()).isEqualTo(user));
    }
}
