package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.AlterPolicy;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetPolicyComment;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies: altered in place when ALTER POLICY can, else dropped and created; around a column they read; with their table. */
class PolicyDifferTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("owner", "text"),
            col("balance", "integer")).build();
    private static final Policy OWN = new Policy(name("accounts"), "own", true, "ALL", List.of("public"), "(owner = CURRENT_USER)",
            null, null, List.of("owner"));

    private static List<SchemaChange> diff(Schema current, Schema desired, RenameHints hints) {
        return SchemaDiffer.diff(current, desired, hints).changes();
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        return diff(current, desired, RenameHints.none());
    }

    private static Schema with(Table t, Policy... policies) {
        return schema(t).withPolicies(List.of(policies));
    }

    @Test
    void rolesAndExpressionsAreAlteredInPlaceAndTheCommentAlone() {
        Policy wider = new Policy(name("accounts"), "own", true, "ALL", List.of("reader", "writer"), "(owner = CURRENT_USER)",
                "(balance > 0)", "why", List.of("balance", "owner"));
        assertThat(diff(with(ACCOUNTS, OWN), with(ACCOUNTS, wider)))
                .containsExactly(new AlterPolicy(OWN, wider), new SetPolicyComment(name("accounts"), "own", "why"));
    }

    @Test
    void aNewCommandOrKindOrARemovedExpressionDropsAndCreates() {
        Policy select = new Policy(name("accounts"), "own", true, "SELECT", List.of("public"), OWN.using(), null, null, OWN.columns());
        Policy restrictive = new Policy(name("accounts"), "own", false, "ALL", List.of("public"), OWN.using(), null, null, OWN.columns());
        Policy checked = new Policy(name("accounts"), "own", true, "ALL", List.of("public"), OWN.using(), "(balance > 0)", null,
                List.of("balance", "owner"));
        assertThat(diff(with(ACCOUNTS, OWN), with(ACCOUNTS, select))).containsExactly(new DropPolicy(OWN), new CreatePolicy(select));
        assertThat(diff(with(ACCOUNTS, OWN), with(ACCOUNTS, restrictive)))
                .containsExactly(new DropPolicy(OWN), new CreatePolicy(restrictive));
        assertThat(diff(with(ACCOUNTS, checked), with(ACCOUNTS, OWN))).containsExactly(new DropPolicy(checked), new CreatePolicy(OWN));
    }

    @Test
    void aPolicyReadingARetypedColumnGoesAndComesBackAroundItAndOneReadingADroppedColumnGoes() {
        Table wider = table("accounts").columns(col("id", "integer"), col("owner", "integer"), col("balance", "integer")).build();
        List<SchemaChange> changes = diff(with(ACCOUNTS, OWN), with(wider, OWN));
        assertThat(changes).hasSize(3).hasAtLeastOneElementOfType(AlterColumn.class);
        assertThat(changes).filteredOn(c -> c instanceof DropPolicy).singleElement()
                .satisfies(c -> assertThat(((DropPolicy) c).reason()).isEqualTo("it reads column public.accounts.owner, which changes type"));
        assertThat(changes).filteredOn(c -> c instanceof CreatePolicy).singleElement()
                .satisfies(c -> assertThat(((CreatePolicy) c).reason()).isNotNull());

        Table narrower = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();
        Policy other = new Policy(name("accounts"), "own", true, "ALL", List.of("public"), "(balance > 0)", null, null,
                List.of("balance"));
        changes = diff(with(ACCOUNTS, OWN), with(narrower, other));
        assertThat(changes).hasSize(3).hasAtLeastOneElementOfType(DropColumn.class);
        // it comes back changed: no reason, so its creation says who sees what changes
        assertThat(changes).contains(new CreatePolicy(other));
        assertThat(changes).filteredOn(c -> c instanceof DropPolicy).singleElement()
                .satisfies(c -> assertThat(((DropPolicy) c).reason()).contains("is dropped"));
    }

    @Test
    void aDroppedTableTakesItsPoliciesAndARenamedOneKeepsThem() {
        assertThat(diff(with(ACCOUNTS, OWN), schema())).containsExactly(new DropTable(ACCOUNTS));

        Table customers = table("customers").columns(col("id", "integer"), col("holder", "text"), col("balance", "integer")).build();
        Policy moved = new Policy(name("customers"), "own", true, "ALL", List.of("public"), "(holder = CURRENT_USER)", null, null,
                List.of("holder"));
        RenameHints hints = new RenameHints(List.of(new RenameHints.TableRename(name("customers"), "accounts")),
                List.of(new RenameHints.ColumnRename(name("customers"), "holder", "owner")), List.of());
        assertThat(diff(with(ACCOUNTS, OWN), with(customers, moved), hints))
                .containsExactly(new RenameTable(name("accounts"), "customers"), new RenameColumn(name("customers"), "owner", "holder"));
    }
}
