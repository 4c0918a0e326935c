package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A domain is a type the simulation knows: what uses it waits for it, and it waits for what it uses. */
class DomainSimulatorTest {

    private static final EnumType MOOD = enumType("mood", "happy", "sad");
    private static final Domain CHEERFUL = new Domain(name("cheerful"), "public.mood", null, null, false, List.of(), null);
    private static final Table PEOPLE = table("people").columns(col("mood", "public.cheerful")).build();

    private static VirtualSchema state(Schema current, Schema desired) {
        return new VirtualSchema(current, desired);
    }

    @Test
    void aDomainIsNotDroppedWhileAColumnUsesIt() {
        Schema current = schema(List.of(MOOD), PEOPLE).withDomains(List.of(CHEERFUL));
        VirtualSchema vs = state(current, schema(List.of(MOOD)));

        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropDomain(CHEERFUL)))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("[public.people.mood] still use the domain public.cheerful");
        ChangeSimulator.apply(vs, new DropTable(PEOPLE));
        ChangeSimulator.apply(vs, new DropDomain(CHEERFUL));
        assertThat(vs.toSchema().domains()).isEmpty();
    }

    @Test
    void anEnumIsNotDroppedWhileADomainIsOverIt() {
        Schema current = schema(List.of(MOOD)).withDomains(List.of(CHEERFUL));
        VirtualSchema vs = state(current, schema());

        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropEnum(MOOD)))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("domain public.cheerful");
        ChangeSimulator.apply(vs, new DropDomain(CHEERFUL));
        ChangeSimulator.apply(vs, new DropEnum(MOOD));
    }

    @Test
    void aColumnWaitsForItsDomainAndTheDomainForItsEnum() {
        Schema desired = schema(List.of(MOOD), PEOPLE).withDomains(List.of(CHEERFUL));
        VirtualSchema vs = state(schema(), desired);

        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AddTable(PEOPLE)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("type public.cheerful does not exist");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreateDomain(CHEERFUL)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("type public.mood does not exist");
    }

    /** The solver places a re-created domain after the table still using it is dropped, and a new user after that. */
    @Test
    void aReCreatedDomainWaitsForTheColumnsThatStopUsingIt() {
        Domain integer = new Domain(name("d"), "integer", null, null, false, List.of(), null);
        Domain bigint = new Domain(name("d"), "bigint", null, null, false, List.of(), null);
        Table old = table("old").columns(col("v", "public.d")).build();
        Table fresh = table("fresh").columns(col("v", "public.d")).build();
        Schema current = schema(old).withDomains(List.of(integer));
        Schema desired = schema(fresh).withDomains(List.of(bigint));
        SchemaChange recreate = new RecreateDomain(integer, bigint);

        List<SchemaChange> ordered = Solver.order(current, desired, List.of(recreate, new AddTable(fresh), new DropTable(old)));

        assertThat(ordered).containsExactly(new DropTable(old), recreate, new AddTable(fresh));
    }
}
