package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.SetDomainComment;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domains: created, dropped, altered in place where PostgreSQL can, re-created or refused where it cannot. */
class DomainDifferTest {

    private static final DomainCheck POSITIVE = new DomainCheck("d_positive", "CHECK ((VALUE > 0))", true);

    private static Domain domain(String name, String base, DomainCheck... checks) {
        return new Domain(name(name), base, null, null, false, List.of(checks), null);
    }

    private static Schema with(List<Domain> domains, Table... tables) {
        return schema(tables).withDomains(domains);
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        List<SchemaChange> out = new ArrayList<>();
        DomainDiffer.diff(current, desired, out);
        return out;
    }

    private static List<SchemaChange> diff(Domain current, Domain desired) {
        return diff(with(List.of(current)), with(List.of(desired)));
    }

    @Test
    void equalDomainsGiveNoChange() {
        assertThat(diff(domain("d", "integer", POSITIVE), domain("d", "integer", POSITIVE))).isEmpty();
    }

    @Test
    void createsAndDropsByName() {
        Domain old = domain("old", "integer");
        Domain fresh = domain("fresh", "text", POSITIVE);
        assertThat(diff(with(List.of(old)), with(List.of(fresh)))).containsExactly(new DropDomain(old), new CreateDomain(fresh));
    }

    @Test
    void defaultNotNullAndCommentAlteredInPlace() {
        Domain from = new Domain(name("d"), "integer", null, "1", false, List.of(), "old");
        Domain to = new Domain(name("d"), "integer", null, null, true, List.of(), null);
        assertThat(diff(from, to)).containsExactly(new SetDomainDefault(name("d"), null), new SetDomainNotNull(name("d"), true),
                new SetDomainComment(name("d"), null));
    }

    @Test
    void checksAddedDroppedChangedAndValidatedByName() {
        DomainCheck small = new DomainCheck("d_small", "CHECK ((VALUE < 10))", true);
        DomainCheck smaller = new DomainCheck("d_small", "CHECK ((VALUE < 5))", true);
        DomainCheck even = new DomainCheck("d_even", "CHECK (((VALUE % 2) = 0))", true);
        DomainCheck notValid = new DomainCheck("d_positive", POSITIVE.definition(), false);
        assertThat(diff(domain("d", "integer", notValid, small, even), domain("d", "integer", POSITIVE, smaller))).containsExactly(
                new ValidateDomainCheck(name("d"), "d_positive"),
                new DropDomainCheck(name("d"), small), new AddDomainCheck(name("d"), smaller),
                new DropDomainCheck(name("d"), even));
    }

    /** The same definition under another name is no rename: matching by definition could pair the wrong checks. */
    @Test
    void aCheckUnderAnotherNameIsDroppedAndAdded() {
        DomainCheck renamed = new DomainCheck("d_above_zero", POSITIVE.definition(), true);
        assertThat(diff(domain("d", "integer", POSITIVE), domain("d", "integer", renamed)))
                .containsExactly(new DropDomainCheck(name("d"), POSITIVE), new AddDomainCheck(name("d"), renamed));
    }

    /** A check to stay NOT VALID where the database has it validated is added again NOT VALID, so both sides end equal. */
    @Test
    void aValidatedCheckWantedNotValidIsReAdded() {
        DomainCheck notValid = new DomainCheck("d_positive", POSITIVE.definition(), false);
        assertThat(diff(domain("d", "integer", POSITIVE), domain("d", "integer", notValid)))
                .containsExactly(new DropDomainCheck(name("d"), POSITIVE), new AddDomainCheck(name("d"), notValid));
    }

    @Test
    void aNewBaseTypeOrCollationReCreatesADomainNoColumnKeeps() {
        Domain from = domain("d", "integer", POSITIVE);
        Domain to = domain("d", "bigint", POSITIVE);
        Table user = table("t").columns(col("v", "public.d")).build();
        // the column exists only on one side: it goes before the domain is re-created, or comes after
        assertThat(diff(with(List.of(from), user), with(List.of(to)))).containsExactly(new RecreateDomain(from, to));
        assertThat(diff(with(List.of(from)), with(List.of(to), user))).containsExactly(new RecreateDomain(from, to));
        Table other = table("u").columns(col("v", "public.d")).build();
        assertThat(diff(with(List.of(from), user), with(List.of(to), other))).containsExactly(new RecreateDomain(from, to));
        Domain collated = new Domain(name("d"), "integer", "\"C\"", null, false, List.of(POSITIVE), null);
        assertThat(diff(from, collated)).containsExactly(new RecreateDomain(from, collated));
    }

    @Test
    void aNewBaseTypeIsRefusedWhileColumnsAndDomainsKeepUsingIt() {
        Domain from = domain("d", "integer");
        Domain to = domain("d", "bigint");
        Domain over = domain("d2", "public.d");
        Table users = table("t").columns(col("v", "public.d"), col("vs", "public.d[]"), col("other", "integer")).build();
        Schema current = with(List.of(from, over), users);
        Schema desired = with(List.of(to, over), users);

        assertThatThrownBy(() -> diff(current, desired)).isInstanceOf(DomainRefused.class)
                .hasMessage("dibs cannot change the domain public.d from integer to bigint: PostgreSQL cannot alter a domain's"
                        + " base type or collation in place, and the domain cannot be dropped and created again while column"
                        + " public.t.v, column public.t.vs, domain public.d2 use it; so nothing was planned. Either keep the"
                        + " domain's integer, or declare the new type as a domain under another name and move those columns to it"
                        + " (plan that first, then drop the old domain in a later plan); or change their type in a migration of"
                        + " your own.");
    }

    /** Removed labels re-create an enum type: a domain over it could not follow, so the differ refuses. */
    @Test
    void anEnumUnderADomainIsNotReCreated() {
        Domain cheerful = domain("cheerful", "public.mood");
        Schema current = new Schema(List.of("public"), List.of(), List.of(enumType("mood", "happy", "sad")))
                .withDomains(List.of(cheerful));
        Schema desired = new Schema(List.of("public"), List.of(), List.of(enumType("mood", "happy")))
                .withDomains(List.of(cheerful));

        assertThatThrownBy(() -> SchemaDiffer.diff(current, desired, RenameHints.none())).isInstanceOf(DomainRefused.class)
                .hasMessage("dibs cannot change the labels of the enum type public.mood from [happy, sad] to [happy]: labels"
                        + " removed or reordered make dibs create the type again, and domain public.cheerful is over it;"
                        + " PostgreSQL cannot move a domain to another type, nor drop the old type under it; so nothing was"
                        + " planned. Either keep the existing labels in their order (new labels can be added anywhere), or first"
                        + " plan without that domain (its columns on the enum type itself), then change the labels, then declare"
                        + " the domain again.");
        // a label added in place keeps the type: the domain stays over it
        Schema added = new Schema(List.of("public"), List.of(), List.of(enumType("mood", "happy", "sad", "calm")))
                .withDomains(List.of(cheerful));
        assertThat(SchemaDiffer.diff(current, added, RenameHints.none()).changes()).hasSize(1);
    }

    /**
     * A domain over the enum that the plan drops goes before the type is created again — unless a
     * column of it moves to the enum itself, which could then go neither before nor after: refused.
     */
    @Test
    void anEnumUnderADomainThePlanDropsIsReCreatedUnlessItsColumnsMoveToTheEnum() {
        Domain cheerful = domain("cheerful", "public.mood");
        Table onDomain = table("t").columns(col("id", "integer"), col("m", "public.cheerful")).build();
        Schema current = new Schema(List.of("public"), List.of(onDomain), List.of(enumType("mood", "happy", "sad")))
                .withDomains(List.of(cheerful));
        Schema dropped = new Schema(List.of("public"), List.of(table("t").columns(col("id", "integer"), col("m", "text")).build()),
                List.of(enumType("mood", "happy")));
        Schema moved = new Schema(List.of("public"), List.of(table("t").columns(col("id", "integer"), col("m", "public.mood")).build()),
                List.of(enumType("mood", "happy")));

        assertThat(SchemaDiffer.diff(current, dropped, RenameHints.none()).changes())
                .anySatisfy(c -> assertThat(c).isInstanceOf(RecreateEnum.class))
                .anySatisfy(c -> assertThat(c).isEqualTo(new DropDomain(cheerful)));
        assertThatThrownBy(() -> SchemaDiffer.diff(current, moved, RenameHints.none())).isInstanceOf(DomainRefused.class)
                .hasMessageContaining("domain public.cheerful is over it", "first plan without that domain");
    }

    /**
     * PostgreSQL refuses ADD CONSTRAINT (validated), VALIDATE and SET NOT NULL on a domain whose values
     * a kept column holds in arrays (also through a domain over it, or over an array of it): refused
     * before anything runs, naming the columns and the way out; NOT VALID, and a column the plan adds
     * or drops, are not refused (the simulation orders those).
     */
    @Test
    void checkingStoredValuesIsRefusedWhileKeptColumnsHoldThemInArrays() {
        Domain plain = domain("d", "integer");
        Domain checked = domain("d", "integer", POSITIVE);
        Domain over = domain("d2", "public.d");
        Domain arrays = domain("ds", "public.d2[]");
        Table t = table("t").columns(col("id", "integer"), col("vs", "public.d[]")).build();
        Table viaOver = table("u").columns(col("id", "integer"), col("ws", "public.d2[]")).build();
        Table viaArrayDomain = table("w").columns(col("id", "integer"), col("xs", "public.ds")).build();
        Table scalar = table("t").columns(col("id", "integer"), col("v", "public.d")).build();

        assertThatThrownBy(() -> SchemaDiffer.diff(with(List.of(plain), t), with(List.of(checked), t), RenameHints.none()))
                .isInstanceOf(DomainRefused.class)
                .hasMessage("dibs cannot add the check d_positive CHECK ((VALUE > 0)) to the domain public.d: column public.t.vs"
                        + " holds its values in arrays, and PostgreSQL checks no stored array element against a domain: it refuses"
                        + " ADD CONSTRAINT, VALIDATE CONSTRAINT and SET NOT NULL on such a domain (\"cannot alter type … because"
                        + " column … uses it\"); so nothing was planned. Either declare the check NOT VALID in the SQL files"
                        + " (ALTER DOMAIN public.d ADD CONSTRAINT … NOT VALID: new values are checked, stored ones are not), or make"
                        + " that column an array of integer in a plan of its own first.");
        Domain notNull = new Domain(name("d"), "integer", null, null, true, List.of(), null);
        assertThatThrownBy(() -> SchemaDiffer.diff(with(List.of(plain, over, arrays), viaOver, viaArrayDomain),
                with(List.of(notNull, over, arrays), viaOver, viaArrayDomain), RenameHints.none()))
                .isInstanceOf(DomainRefused.class)
                .hasMessageStartingWith("dibs cannot set NOT NULL on the domain public.d: columns public.u.ws, public.w.xs hold")
                .hasMessageContaining("Either leave NOT NULL off the domain (declare it on the columns instead), or make those"
                        + " columns arrays of integer");
        Domain notValid = domain("d", "integer", new DomainCheck("d_positive", "CHECK ((VALUE > 0))", false));
        assertThatThrownBy(() -> SchemaDiffer.diff(with(List.of(notValid), t), with(List.of(checked), t), RenameHints.none()))
                .isInstanceOf(DomainRefused.class).hasMessageStartingWith("dibs cannot validate the check d_positive of the domain");

        // a materialized view stores its rows: an array column of it counts (a view's does not)
        var stored = new dev.dibs.engine.model.MaterializedView(name("mv"), "SELECT ARRAY[1]", List.of(
                new dev.dibs.engine.model.ViewColumn("vs", "public.d[]")), true, List.of(), List.of(), List.of(), List.of(), null, List.of());
        assertThatThrownBy(() -> SchemaDiffer.diff(with(List.of(plain)).withMaterializedViews(List.of(stored)),
                with(List.of(checked)).withMaterializedViews(List.of(stored)), RenameHints.none()))
                .isInstanceOf(DomainRefused.class).hasMessageContaining(": column public.mv.vs holds its values in arrays");

        // added NOT VALID: PostgreSQL takes it
        assertThat(SchemaDiffer.diff(with(List.of(plain), t), with(List.of(notValid), t), RenameHints.none()).changes())
                .containsExactly(new AddDomainCheck(name("d"), notValid.checks().get(0), null));
        // the array column comes or goes with the plan, or holds single values: ordered, not refused
        assertThat(SchemaDiffer.diff(with(List.of(plain)), with(List.of(checked), t), RenameHints.none()).changes())
                .hasAtLeastOneElementOfType(AddDomainCheck.class);
        assertThat(SchemaDiffer.diff(with(List.of(plain), t), with(List.of(checked)), RenameHints.none()).changes())
                .hasAtLeastOneElementOfType(AddDomainCheck.class);
        assertThat(SchemaDiffer.diff(with(List.of(plain), scalar), with(List.of(checked), scalar), RenameHints.none()).changes())
                .containsExactly(new AddDomainCheck(name("d"), POSITIVE, null));
    }
}
