package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.AlterPolicy;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual schema refuses policy changes PostgreSQL would refuse, and column changes a policy stands in the way of. */
class PolicySimulatorTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();
    private static final Policy POSITIVE = new Policy(name("accounts"), "positive", true, "SELECT", List.of("public"),
            "(balance > 0)", null, null, List.of("balance"));

    @Test
    void createdOnItsTableOverColumnsThatExistAndOnce() {
        Schema desired = schema(ACCOUNTS).withPolicies(List.of(POSITIVE));
        VirtualSchema vs = new VirtualSchema(schema(), desired);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreatePolicy(POSITIVE)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("table public.accounts");
        ChangeSimulator.apply(vs, new AddTable(table("accounts").columns(col("id", "integer")).build()));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreatePolicy(POSITIVE)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("column public.accounts.balance");
        VirtualSchema full = new VirtualSchema(schema(ACCOUNTS), desired);
        ChangeSimulator.apply(full, new CreatePolicy(POSITIVE));
        assertThat(full.toSchema().policies()).containsExactly(POSITIVE);
        assertThatThrownBy(() -> ChangeSimulator.apply(full, new CreatePolicy(POSITIVE)))
                .isInstanceOf(SimulationException.AlreadyExists.class);
    }

    @Test
    void aColumnItReadsCannotBeDroppedOrRetypedUnderIt() {
        Schema current = schema(ACCOUNTS).withPolicies(List.of(POSITIVE));
        VirtualSchema vs = new VirtualSchema(current, current);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessageContaining("column public.accounts.balance is still read by policy positive");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AlterColumn(name("accounts"), col("balance", "integer"),
                col("balance", "bigint"), EnumSet.of(ColumnAspect.TYPE))))
                .isInstanceOf(SimulationException.DependencyViolation.class);
        ChangeSimulator.apply(vs, new DropPolicy(POSITIVE, "around"));
        ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer")));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreatePolicy(POSITIVE, "around")))
                .isInstanceOf(SimulationException.NotExists.class);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropPolicy(POSITIVE)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("policy positive on public.accounts");
    }

    @Test
    void renamesAreFollowedAlteredColumnsMustExistAndADroppedTableTakesItsPolicies() {
        Schema current = schema(ACCOUNTS).withPolicies(List.of(POSITIVE));
        VirtualSchema vs = new VirtualSchema(current, current);
        ChangeSimulator.apply(vs, new RenameTable(name("accounts"), "customers"));
        ChangeSimulator.apply(vs, new RenameColumn(name("customers"), "balance", "credit"));
        Policy moved = vs.toSchema().policies().get(0);
        assertThat(moved.table()).isEqualTo(name("customers"));
        assertThat(moved.columns()).containsExactly("credit");
        assertThat(moved.using()).isEqualTo("(credit > 0)");
        Policy reading = new Policy(name("customers"), "positive", true, "SELECT", List.of("public"), "(gone > 0)", null, null,
                List.of("gone"));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AlterPolicy(moved, reading)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("gone");
        ChangeSimulator.apply(vs, new DropTable(table("customers").columns(col("id", "integer"), col("credit", "integer")).build()));
        assertThat(vs.toSchema().policies()).isEmpty();
    }

    @Test
    void anotherTableItReadsInASubqueryMustExistAndCannotBeDroppedOrLoseTheColumnUnderIt() {
        Table members = table("members").columns(col("id", "integer"), col("level", "integer")).build();
        Policy byLevel = new Policy(name("accounts"), "by_level", true, "ALL", List.of("public"),
                "(id IN ( SELECT members.id FROM public.members WHERE (members.level > 0)))", null, null, List.of("id"),
                List.of(name("members")), List.of(new RelationColumn(name("members"), "id"),
                        new RelationColumn(name("members"), "level")));
        Schema desired = schema(ACCOUNTS, members).withPolicies(List.of(byLevel));
        VirtualSchema without = new VirtualSchema(schema(ACCOUNTS), desired);
        assertThatThrownBy(() -> ChangeSimulator.apply(without, new CreatePolicy(byLevel)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("relation public.members");

        VirtualSchema vs = new VirtualSchema(desired, desired);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropTable(members)))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessageContaining("public.members is still read by policy by_level on public.accounts");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AlterColumn(name("members"), col("level", "integer"),
                col("level", "bigint"), EnumSet.of(ColumnAspect.TYPE))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessageContaining("still read by policy by_level on public.accounts");
        ChangeSimulator.apply(vs, new RenameTable(name("members"), "people"));
        assertThat(vs.toSchema().policies().get(0).relations()).containsExactly(name("people"));
    }
}
