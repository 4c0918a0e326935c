package dev.dibs.engine.plan;

import static dev.dibs.engine.render.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.render.Hazard.DELETES_DATA;
import static dev.dibs.engine.render.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.render.Hazard.VALIDATES_EXISTING_ROWS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.render.Statement;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class ColumnPlanTest {

    @TempDir
    Path dir;

    private static Statement only(Plan plan) {
        assertThat(plan.statements()).hasSize(1);
        return plan.statements().get(0);
    }

    @Test
    void addsColumnsWithTheirHazards(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)");
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t")
                public record T(@Pk int id, @Nullable String note, @Default("0") int n, @Default("gen_random_uuid()") java.util.UUID key) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE public.t ADD COLUMN note text",
                "ALTER TABLE public.t ADD COLUMN n integer DEFAULT 0 NOT NULL",
                "ALTER TABLE public.t ADD COLUMN key uuid DEFAULT gen_random_uuid() NOT NULL");
        assertThat(plan.statements().get(0).hazards()).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(plan.statements().get(2).hazards()).containsExactlyInAnyOrder(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE);
        assertThat(db.queryString("SELECT n FROM t")).isEqualTo("0");
    }

    @Test
    void addingANotNullColumnWithoutDefaultValidatesExistingRows(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY)");
        Plan plan = new PlanHarness(db, server, dir).migrate("@Table(\"t\") public record T(@Pk int id, String name) {}");
        assertThat(only(plan).hazards()).contains(VALIDATES_EXISTING_ROWS);
    }

    @Test
    void dropsColumnsAndSaysItDeletesData(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, legacy text)");
        Plan plan = new PlanHarness(db, server, dir).migrate("@Table(\"t\") public record T(@Pk int id) {}");
        assertThat(only(plan).sql()).isEqualTo("ALTER TABLE public.t DROP COLUMN legacy");
        assertThat(only(plan).hazards()).containsExactlyInAnyOrder(DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void widensTypesKeepingData(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL, label varchar(10) NOT NULL); INSERT INTO t VALUES (1, 42, 'abc')");
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t") public record T(@Pk int id, long n, @Column(type = "varchar(20)") String label) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE public.t ALTER COLUMN n TYPE bigint USING n::bigint",
                "ALTER TABLE public.t ALTER COLUMN label TYPE character varying(20) USING label::character varying(20)");
        assertThat(plan.statements().get(0).hazards()).containsExactlyInAnyOrder(REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(plan.statements().get(1).hazards()).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(db.queryString("SELECT n || label FROM t")).isEqualTo("42abc");
    }

    @Test
    void narrowingAndCrossTypeChangesDeleteData(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, n bigint NOT NULL, code text NOT NULL DEFAULT '1'); INSERT INTO t VALUES (1, 7, '12')");
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t") public record T(@Pk int id, int n, @Default("5") int code) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE public.t ALTER COLUMN n TYPE integer USING n::integer",
                "ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT, ALTER COLUMN code TYPE integer USING code::integer,"
                        + " ALTER COLUMN code SET DEFAULT 5");
        assertThat(plan.statements()).allSatisfy(s -> assertThat(s.hazards()).contains(DELETES_DATA, REWRITES_TABLE));
        assertThat(db.queryString("SELECT n + code FROM t")).isEqualTo("19");
    }

    @Test
    void nullabilityDefaultsIdentityAndComments(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE t (id int NOT NULL PRIMARY KEY, a text, b text NOT NULL DEFAULT 'x', c int NOT NULL);
                COMMENT ON COLUMN t.a IS 'old';
                INSERT INTO t VALUES (1, 'a', 'b', 3);
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t")
                public record T(@Pk @Identity int id, /** new */ String a, @Nullable String b, @Identity int c) {}
                """.replace("/** new */ ", ""));
        assertThat(plan.changes()).allSatisfy(c -> assertThat(c).isInstanceOf(AlterColumn.class));
        assertThat(plan.changes()).extracting(c -> ((AlterColumn) c).aspects()).containsExactlyInAnyOrder(
                java.util.Set.of(ColumnAspect.IDENTITY), java.util.Set.of(ColumnAspect.NULLABILITY, ColumnAspect.COMMENT),
                java.util.Set.of(ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT), java.util.Set.of(ColumnAspect.IDENTITY));
        assertThat(PlanHarness.sql(plan)).contains(
                "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL",
                "COMMENT ON COLUMN public.t.a IS NULL",
                "ALTER TABLE public.t ALTER COLUMN b DROP DEFAULT, ALTER COLUMN b DROP NOT NULL",
                "ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
        Statement setNotNull = plan.statements().stream().filter(s -> s.sql().endsWith("a SET NOT NULL")).findFirst().orElseThrow();
        assertThat(setNotNull.hazards()).contains(VALIDATES_EXISTING_ROWS);
    }

    @Test
    void generatedColumnsAreRecreatedOrTurnedPlain(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL,
                    doubled int NOT NULL GENERATED ALWAYS AS (price * 2) STORED,
                    tripled int NOT NULL GENERATED ALWAYS AS (price * 3) STORED);
                INSERT INTO t (id, price) VALUES (1, 10);
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t")
                public record T(@Pk int id, int price, @GeneratedAs("price * 4") int doubled, int tripled) {}
                """);
        assertThat(PlanHarness.sql(plan)).contains("ALTER TABLE public.t ALTER COLUMN tripled DROP EXPRESSION",
                "ALTER TABLE public.t DROP COLUMN doubled",
                "ALTER TABLE public.t ADD COLUMN doubled integer GENERATED ALWAYS AS ((price * 4)) STORED NOT NULL");
        Statement drop = plan.statements().stream().filter(s -> s.sql().endsWith("DROP COLUMN doubled")).findFirst().orElseThrow();
        assertThat(drop.hazards()).doesNotContain(DELETES_DATA);
        assertThat(db.queryString("SELECT doubled || '/' || tripled FROM t")).isEqualTo("40/30");
    }
}
