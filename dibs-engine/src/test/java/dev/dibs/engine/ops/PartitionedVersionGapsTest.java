package dev.dibs.engine.ops;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.notNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.Models;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a partitioned table takes only from a given major is foretold for an older target, naming the
 * statement and the version: an exclusion constraint (17; before, "exclusion constraints are not
 * supported on partitioned tables"), a foreign key added {@code NOT VALID} (18). On the server of
 * the tests the plan applies.
 */
@WithPostgres
class PartitionedVersionGapsTest {

    private static final Table ACCOUNTS = Models.table("accounts").columns(notNull("id", "integer")).pk("accounts_pkey", "id").build();

    private static Table events(List<Exclusion> exclusions, List<ForeignKey> keys) {
        Table t = Models.table("events").columns(notNull("id", "integer"), col("room", "integer"), col("account_id", "integer"))
                .pk("events_pkey", "id").build();
        return t.withOptions(TableOptions.DEFAULT.withPartitioning("RANGE (id)", List.of())).withExclusions(exclusions)
                .withForeignKeys(keys);
    }

    private static final Exclusion ROOMS = new Exclusion("events_room_excl", "EXCLUDE USING btree (room WITH =, id WITH =)");

    @Test
    void anExclusionConstraintOnAPartitionedTableIsForetoldToFailBefore17(TestDatabase db, PostgresServer server) throws Exception {
        Schema desired = Models.schema(ACCOUNTS, events(List.of(ROOMS), List.of()));
        Plan created = Planner.plan(Models.schema(), desired, RenameHints.none(), PlanOptions.defaults(), 16);
        Plan added = Planner.plan(Models.schema(ACCOUNTS, events(List.of(), List.of())), desired, RenameHints.none(),
                PlanOptions.defaults(), 16);

        for (Plan plan : List.of(created, added)) {
            assertThat(PlanBlockers.versionGaps(plan, 16, desired)).singleElement().asString()
                    .startsWith("PostgreSQL 16 will refuse \"")
                    .endsWith(": the exclusion constraint events_room_excl on the partitioned table public.events needs PostgreSQL 17"
                            + " or later. Upgrade the database, or change the desired state to do without; as it is, the plan fails"
                            + " there and is rolled back.");
            assertThat(PlanBlockers.versionGaps(plan, 17, desired)).isEmpty();
        }
        // a plain table's is no gap
        Schema plain = Models.schema(ACCOUNTS, events(List.of(ROOMS), List.of()).withOptions(TableOptions.DEFAULT));
        assertThat(PlanBlockers.versionGaps(Planner.plan(Models.schema(), plain, RenameHints.none()), 16, plain)).isEmpty();

        if (server.majorVersion() >= 17) { // and 17 builds it so
            try (Connection c = db.connect()) {
                PlanApplier.apply(c, Planner.plan(Models.schema(), desired, RenameHints.none(), PlanOptions.defaults(),
                        server.majorVersion()), null, PlanListener.NONE);
            }
            assertThat(db.queryString("SELECT contype::text FROM pg_constraint WHERE conname = 'events_room_excl'"
                    + " AND conrelid = 'events'::regclass")).isEqualTo("x");
        }
    }

    @Test
    void aNotValidForeignKeyOnAPartitionedTableIsForetoldToFailBefore18() {
        ForeignKey notValid = new ForeignKey("events_account_id_fkey", List.of("account_id"), ACCOUNTS.name(), List.of("id"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, dev.dibs.engine.model.Deferrability.NOT_DEFERRABLE, false);
        Schema desired = Models.schema(ACCOUNTS, events(List.of(), List.of(notValid)));
        Plan plan = Planner.plan(Models.schema(ACCOUNTS, events(List.of(), List.of())), desired, RenameHints.none(),
                PlanOptions.defaults(), 17);

        assertThat(PlanBlockers.versionGaps(plan, 17, desired)).singleElement().asString()
                .contains(": a NOT VALID foreign key on a partitioned table needs PostgreSQL 18 or later.");
        assertThat(PlanBlockers.versionGaps(plan, 18, desired)).isEmpty();
    }
}
