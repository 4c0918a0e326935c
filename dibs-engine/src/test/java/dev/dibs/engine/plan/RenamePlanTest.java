package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.RenameSuggestion;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames come from @RenamedFrom only, keep the data, and rename the constraints a fresh database would name differently. */
@WithPostgres
class RenamePlanTest {

    @TempDir
    Path dir;

    @Test
    void renamesTablesAndColumnsKeepingRowsAndFixingConstraintNames(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE products (id int PRIMARY KEY, nickname text NOT NULL UNIQUE, price int NOT NULL CHECK (price >= 0));
                CREATE INDEX ON products (lower(nickname));
                CREATE TABLE orders (id int PRIMARY KEY, product_id int NOT NULL REFERENCES products (id));
                INSERT INTO products VALUES (1, 'Widget', 5); INSERT INTO orders VALUES (10, 1);
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("catalog_items") @RenamedFrom("products") @Check("price >= 0") @Index(columns = "(lower(display_name))")
                public record Item(@Pk int id, @RenamedFrom("nickname") @Unique String displayName, int price) {}
                """, """
                @Table("orders") public record Order(@Pk int id, @References("catalog_items.id") int productId) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactlyInAnyOrder(
                "ALTER TABLE public.products RENAME TO catalog_items",
                "ALTER TABLE public.catalog_items RENAME COLUMN nickname TO display_name",
                "ALTER TABLE public.catalog_items RENAME CONSTRAINT products_pkey TO catalog_items_pkey",
                "ALTER TABLE public.catalog_items RENAME CONSTRAINT products_nickname_key TO catalog_items_display_name_key",
                "ALTER TABLE public.catalog_items RENAME CONSTRAINT products_price_check TO catalog_items_price_check",
                "ALTER INDEX public.products_lower_idx RENAME TO catalog_items_lower_idx");
        assertThat(db.queryString("SELECT display_name || price FROM catalog_items JOIN orders ON orders.product_id = catalog_items.id"))
                .isEqualTo("Widget5");
    }

    @Test
    void renameHintsAreIgnoredOnceTheOldNameIsGone(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)");
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("items") @RenamedFrom("products")
                public record Item(@Pk int id, @RenamedFrom("nickname") String label) {}
                """);
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void dropPlusAddThatLooksLikeARenameIsOnlySuggested(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE users (id int PRIMARY KEY, nickname text); INSERT INTO users VALUES (1, 'bob')");
        Plan plan = new PlanHarness(db, server, dir).migrate("@Table(\"users\") public record User(@Pk int id, @Nullable String nick) {}");
        assertThat(plan.suggestions()).extracting(RenameSuggestion::hint)
                .containsExactly("add @RenamedFrom(\"nickname\") to the member of column nick to rename it and keep its data");
        assertThat(PlanHarness.sql(plan)).contains("ALTER TABLE public.users DROP COLUMN nickname");
    }
}
