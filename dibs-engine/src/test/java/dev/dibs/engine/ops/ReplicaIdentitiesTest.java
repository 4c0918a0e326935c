package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan dropping the index a table's REPLICA IDENTITY uses is warned of before it runs: PostgreSQL
 * gives the role to no other index, not even one created again under the same name, and UPDATE then
 * fails on a published table. Proven by applying the plan, updating, and running the statement the
 * warning gives.
 */
@WithPostgres
class ReplicaIdentitiesTest {

    @Test
    void droppingTheReplicaIdentityIndexIsWarnedOfWithTheStatementThatGivesItBack(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("""
                CREATE TABLE ri (id int PRIMARY KEY, code text NOT NULL);
                CREATE UNIQUE INDEX ri_code ON ri (code);
                ALTER TABLE ri REPLICA IDENTITY USING INDEX ri_code;
                CREATE TABLE other (id int PRIMARY KEY, k text NOT NULL);
                CREATE UNIQUE INDEX \"other \"\"k\"\"\" ON other (k);
                ALTER TABLE other REPLICA IDENTITY USING INDEX \"other \"\"k\"\"\";
                CREATE TABLE kept (id int PRIMARY KEY, k text NOT NULL);
                CREATE UNIQUE INDEX kept_k ON kept (k);
                ALTER TABLE kept REPLICA IDENTITY USING INDEX kept_k;
                CREATE PUBLICATION ri_pub FOR TABLE ri, other, kept;
                INSERT INTO ri VALUES (1, 'a');
                INSERT INTO kept VALUES (1, 'k');
                """);
        String desired = """
                CREATE TABLE ri (id int PRIMARY KEY, code text NOT NULL);
                CREATE UNIQUE INDEX ri_code ON ri (code, id);
                CREATE TABLE other (id int PRIMARY KEY, k text NOT NULL);
                CREATE TABLE kept (id int PRIMARY KEY, k text NOT NULL);
                CREATE UNIQUE INDEX kept_k ON kept (k);
                """;
        Inspection current = Inspector.inspect(target.info(), List.of("public"));
        Schema wanted = ScratchSchemas.of(server, desired);
        Plan plan = Planner.plan(current.schema(), wanted, RenameHints.none(), PlanOptions.defaults());

        List<String> warnings = PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan, current.notManaged(),
                wanted).doubts();

        assertThat(warnings).containsExactlyInAnyOrder(
                "The plan drops ri_code, the index public.ri's REPLICA IDENTITY uses: PostgreSQL gives that role to no other index,"
                        + " not even the one the plan creates again under its name, so public.ri is left with no replica identity, and"
                        + " UPDATE and DELETE fail on it while a publication publishes them. dibs does not manage replica identity:"
                        + " after the plan, run ALTER TABLE public.ri REPLICA IDENTITY USING INDEX ri_code (by hand, or in a migration).",
                "The plan drops other \"k\", the index public.other's REPLICA IDENTITY uses: PostgreSQL gives that role to no other"
                        + " index, so public.other is left with no replica identity, and UPDATE and DELETE fail on it while a publication"
                        + " publishes them. dibs does not manage replica identity: after the plan, run ALTER TABLE public.other REPLICA"
                        + " IDENTITY USING INDEX … (by hand, or in a migration), naming another unique index, or REPLICA IDENTITY"
                        + " DEFAULT or FULL.");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThatThrownBy(() -> target.execute("UPDATE ri SET code = 'b'")).hasMessageContaining("does not have a replica identity");
        target.execute("ALTER TABLE public.ri REPLICA IDENTITY USING INDEX ri_code");
        target.execute("UPDATE ri SET code = 'b'");
        target.execute("UPDATE kept SET k = 'c'"); // its index is kept, and its role with it
    }

    @Test
    void droppingNotNullFromAColumnOfTheIndexIsWarnedOfAsPostgresRefusesIt(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE nn (id int PRIMARY KEY, code text NOT NULL, note text NOT NULL);
                CREATE UNIQUE INDEX nn_code ON nn (code);
                ALTER TABLE nn REPLICA IDENTITY USING INDEX nn_code;
                CREATE TABLE old_name (id int PRIMARY KEY, k text NOT NULL);
                CREATE UNIQUE INDEX old_name_k ON old_name (k);
                ALTER TABLE old_name REPLICA IDENTITY USING INDEX old_name_k;
                CREATE TABLE rc (id int PRIMARY KEY, code text NOT NULL);
                CREATE UNIQUE INDEX rc_code ON rc (code);
                ALTER TABLE rc REPLICA IDENTITY USING INDEX rc_code;
                """);
        String desired = """
                CREATE TABLE nn (id int PRIMARY KEY, code text, note text);
                CREATE UNIQUE INDEX nn_code ON nn (code);
                CREATE TABLE new_name (id int PRIMARY KEY, k text NOT NULL);
                CREATE TABLE rc (id int PRIMARY KEY, code text);
                CREATE UNIQUE INDEX rc_code ON rc (code) INCLUDE (id);
                """;
        Inspection current = Inspector.inspect(target.info(), List.of("public"));
        Schema wanted = ScratchSchemas.of(server, desired);
        Plan plan = Planner.plan(current.schema(), wanted, new RenameHints(List.of(new RenameHints.TableRename(
                new dev.dibs.engine.model.QualifiedName("public", "new_name"), "old_name")), List.of(), List.of()),
                PlanOptions.defaults());

        PlanBlockers.Found found = PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan,
                current.notManaged(), wanted);

        assertThat(found.refusals()).singleElement().satisfies(w -> assertThat(w).startsWith("The plan drops NOT NULL from"
                + " public.nn.code, a column of nn_code, the index public.nn's REPLICA IDENTITY uses: PostgreSQL refuses it")
                .contains("REPLICA IDENTITY DEFAULT"));
        // rc_code is dropped (to be created again) before its column loses NOT NULL, which PostgreSQL then takes: the drop is said
        assertThat(found.doubts()).hasSize(2).anySatisfy(w -> assertThat(w).startsWith("The plan drops old_name_k, the index"
                + " public.new_name's REPLICA")).anySatisfy(w -> assertThat(w).startsWith("The plan drops rc_code, the index public.rc's"));
        try (Connection c = target.connect()) { // the warning is right: PostgreSQL refuses the plan, and takes it after the fix
            assertThatThrownBy(() -> PlanApplier.apply(c, plan, null, PlanListener.NONE))
                    .hasMessageContaining("is in index used as replica identity");
        }
        target.execute("ALTER TABLE public.nn REPLICA IDENTITY DEFAULT");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
    }

    @Test
    void theIndexNameIsReadAsQuoteIdentWroteIt() {
        assertThat(ReplicaIdentities.indexName("REPLICA IDENTITY USING INDEX t_a, CLUSTER ON t_a")).isEqualTo("t_a");
        assertThat(ReplicaIdentities.indexName("REPLICA IDENTITY USING INDEX \"a, \"\"b\"\"\", USING brin")).isEqualTo("a, \"b\"");
        assertThat(ReplicaIdentities.indexName("REPLICA IDENTITY USING INDEX ?")).isNull();
        assertThat(ReplicaIdentities.indexName("REPLICA IDENTITY FULL")).isNull();
    }
}
