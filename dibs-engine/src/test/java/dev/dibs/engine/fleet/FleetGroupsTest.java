package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.ConnectionInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dibs:diff over a fleet says what the drifting targets differ in, targets that differ the same way as one group. */
class FleetGroupsTest {

    private static TargetOutcome drifting(String tenant, List<String> differences) {
        FleetTarget target = new FleetTarget(ConnectionInfo.of("jdbc:postgresql://db.example/app"), tenant, "tenantSchemas");
        return new TargetOutcome(target, TargetOutcome.State.DONE,
                new TargetOutcome.Result("001_a", 1, 0, 0, true, differences.size(), "", differences), Duration.ZERO, null);
    }

    @Test
    void targetsDifferingTheSameWayAreOneGroupLargestFirst() {
        List<TargetOutcome> fleet = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fleet.add(drifting("t" + i, List.of("+ table public.things", "~ column public.a.b: type integer -> bigint")));
        }
        fleet.add(drifting("odd\nname", List.of("- column public.a.legacy")));

        String said = FleetDifferences.grouped(fleet);

        assertThat(said.lines().toList()).containsExactly("",
                "7 targets (db.example:5432/app#t0, db.example:5432/app#t1, db.example:5432/app#t2, db.example:5432/app#t3,"
                        + " db.example:5432/app#t4, …) differ the same way:",
                "    + table public.things",
                "    ~ column public.a.b: type integer -> bigint",
                dev.dibs.engine.naming.Printable.escape("db.example:5432/app#odd\nname") + " differs:",
                "    - column public.a.legacy");
        assertThat(said).doesNotContain("odd\nname"); // a name cannot start a line of its own
    }

    @Test
    void tenantsOneMigrationBehindAreOneGroupTheirSchemaReadAsTenant() {
        List<TargetOutcome> fleet = List.of(
                drifting("tenant_b", List.of("+ table tenant_b.invoices", "- column tenant_b.accounts.note")),
                drifting("tenant_c", List.of("+ table tenant_c.invoices", "- column tenant_c.accounts.note")),
                drifting("Tenant D", List.of("+ table \"Tenant D\".invoices", "- column \"Tenant D\".accounts.note")));

        assertThat(FleetDifferences.grouped(fleet).lines().toList()).containsExactly("",
                "3 targets (db.example:5432/app#tenant_b, db.example:5432/app#tenant_c, db.example:5432/app#Tenant D) differ the same way:",
                "    + table <tenant>.invoices",
                "    - column <tenant>.accounts.note");
    }

    @Test
    void onlyTheTenantSchemaAsANamesFirstPartIsRead() {
        assertThat(FleetDifferences.withTenant("~ column tenant_b.accounts.old_tenant_b.x; other_tenant_b.t", "tenant_b"))
                .isEqualTo("~ column <tenant>.accounts.old_tenant_b.x; other_tenant_b.t");
        assertThat(FleetDifferences.withTenant("+ table \"Tenant D\".t, \"x\".\"Tenant D\".y", "Tenant D"))
                .isEqualTo("+ table <tenant>.t, \"x\".\"Tenant D\".y");
    }

    @Test
    void longListsAndManyGroupsAreCut() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add("+ table public.t" + i);
        }
        List<TargetOutcome> fleet = new ArrayList<>(List.of(drifting("big", many)));
        for (int i = 0; i < 6; i++) {
            fleet.add(drifting("x" + i, List.of("+ table public.only_" + i)));
        }
        String said = FleetDifferences.grouped(fleet);
        assertThat(said).contains("    + table public.t9\n    … (2 more lines in target/dibs/fleet.json)")
                .doesNotContain("public.t10").endsWith("\n2 more ways of differing: see target/dibs/fleet.html");
    }
}
