package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reserved words, mixed case, quotes, spaces and non-ASCII names survive every kind of statement. */
@WithPostgres
class AwkwardNamesPlanTest {

    @TempDir
    Path dir;

    @Test
    void quotesEveryIdentifierWherePostgresNeedsIt(TestDatabase db, PostgresServer server) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        Plan created = harness.migrate("""
                /** The "order" table; it's quoted. */
                @Table("Order")
                @Index(columns = "\\"select\\", \\"Größe\\"", name = "Order by select")
                @Check(name = "Order's check", value = "\\"select\\" >= 0")
                public record Order(@Pk @Column(name = "user") int user, @Column(name = "select") int select_,
                    @Unique @Column(name = "Größe") String size, @Nullable @Column(name = "with \\"quote\\"") String quoted,
                    @Column(name = "from") Mood from) {}
                """, "@PgEnum(\"Mood Type\") public enum Mood { @RenamedFrom(\"x\") HAPPY, SAD }", """
                @Table("line items")
                public record LineItem(@Pk int id, @References(value = "Order.user", onDelete = Action.CASCADE) int orderUser) {}
                """);
        assertThat(PlanHarness.sql(created)).contains(
                "CREATE TYPE public.\"Mood Type\" AS ENUM ('HAPPY', 'SAD')",
                "CREATE INDEX \"Order by select\" ON public.\"Order\" USING btree (\"select\", \"Größe\")");
        Plan changed = harness.migrate("""
                @Table("Orders") @RenamedFrom("Order")
                public record Order(@Pk @Column(name = "user") int user, @RenamedFrom("select") @Column(name = "group") long group,
                    @Nullable @Column(name = "Größe") String size, @Column(name = "from") Mood from) {}
                """, "@PgEnum(\"Mood Type\") public enum Mood { @RenamedFrom(\"HAPPY\") GLAD, SAD }", """
                @Table("line items") public record LineItem(@Pk int id, int orderUser) {}
                """);
        assertThat(PlanHarness.sql(changed)).contains(
                "ALTER TABLE public.\"Order\" RENAME TO \"Orders\"",
                "ALTER TABLE public.\"Orders\" RENAME COLUMN \"select\" TO \"group\"",
                "ALTER TABLE public.\"Orders\" DROP COLUMN \"with \"\"quote\"\"\"",
                "ALTER TYPE public.\"Mood Type\" RENAME VALUE 'HAPPY' TO 'GLAD'",
                "ALTER TABLE public.\"line items\" DROP CONSTRAINT \"line items_order_user_fkey\"");
    }
}
