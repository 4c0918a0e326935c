package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.ViewColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which columns hold a domain's values in arrays — directly, through a domain over it, or through a
 * domain over an array of it — and the refusal of a change that would check those values, on the
 * model alone (the plan cases show PostgreSQL refusing the same).
 */
class DomainArraysTest {

    private static final DomainCheck POSITIVE = new DomainCheck("positive", "CHECK ((VALUE > 0))", true);

    private static Domain domain(String name, String base) {
        return new Domain(name(name), base, null, null, false, List.of(), null);
    }

    private static Column column(String name, PgType type) {
        return new Column(name, type, true, null, Identity.NONE, null, null);
    }

    private static PgType user(String name) {
        return PgType.user("public", name);
    }

    /** d over integer; over_d over d; arr_d over d[]. */
    private static final List<Domain> DOMAINS = List.of(domain("d", "integer"), domain("over_d", "public.d"), domain("arr_d", "public.d[]"));

    private static Schema schema(List<Table> tables, List<MaterializedView> views) {
        return new Schema(List.of("public"), tables, List.of()).withDomains(DOMAINS).withMaterializedViews(views);
    }

    private static final Table T = table("t").columns(
            column("plain", user("d")), column("direct", user("d").arrayOf()), column("through", user("over_d").arrayOf()),
            column("of_array", user("arr_d")), column("other", PgType.parse("integer[]"))).build();

    @Test
    void findsArraysOfTheDomainDirectlyThroughADomainOverItAndThroughADomainOverAnArrayOfIt() {
        MaterializedView mv = new MaterializedView(name("mv"), "SELECT 1", List.of(new ViewColumn("ds", "public.d[]"),
                new ViewColumn("one", "public.d")), true, List.of(), List.of(), List.of(), List.of(), null, List.of());

        assertThat(DomainArrays.users(List.of(T), List.of(mv), DOMAINS, name("d")))
                .containsExactly("public.t.direct", "public.t.through", "public.t.of_array", "public.mv.ds");
        assertThat(DomainArrays.users(List.of(T), List.of(mv), DOMAINS, name("over_d"))).containsExactly("public.t.through");
    }

    @Test
    void refusesACheckValidatedOrNotNullWhileKeptColumnsHoldArraysNamingThemAndTheWayOut() {
        Schema current = schema(List.of(T), List.of());
        for (SchemaChange change : List.of(new AddDomainCheck(name("d"), POSITIVE), new ValidateDomainCheck(name("d"), "positive"),
                new SetDomainNotNull(name("d"), true))) {
            DomainRefused e = catchThrowableOfType(DomainRefused.class, () -> DomainArrays.refuse(current, current, List.of(change)));
            assertThat(e).as(change.toString()).isNotNull();
            assertThat(e.getMessage()).contains("public.d", "public.t.direct, public.t.through, public.t.of_array", "nothing was planned");
        }
        assertThat(catchThrowableOfType(DomainRefused.class, () -> DomainArrays.refuse(current, current,
                List.of(new AddDomainCheck(name("d"), POSITIVE))))).hasMessageContaining("NOT VALID");
    }

    @Test
    void aCheckNotValidatedOrColumnsThePlanDropsAreNoReasonToRefuse() {
        Schema current = schema(List.of(T), List.of());
        Schema withoutArrays = schema(List.of(table("t").columns(column("plain", user("d"))).build()), List.of());
        SchemaChange validated = new AddDomainCheck(name("d"), POSITIVE);

        assertThatCode(() -> DomainArrays.refuse(current, current,
                List.of(new AddDomainCheck(name("d"), new DomainCheck("positive", "CHECK ((VALUE > 0))", false)),
                        new SetDomainNotNull(name("d"), false)))).doesNotThrowAnyException();
        assertThatCode(() -> DomainArrays.refuse(current, withoutArrays, List.of(validated))).doesNotThrowAnyException();
        assertThatCode(() -> DomainArrays.refuse(withoutArrays, current, List.of(validated))).doesNotThrowAnyException();
    }
}
