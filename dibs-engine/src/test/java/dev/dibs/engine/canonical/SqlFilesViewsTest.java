package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views and materialized views declared in the SQL files are built after the Java tables; a
 * materialized view is built WITH NO DATA in the scratch database and created as declared by the plan.
 */
@WithPostgres
class SqlFilesViewsTest {

    @TempDir
    Path dir;

    private static final String ORDER = """
            @Table("orders")
            public record Order(@Pk long id, String customer, long total) {}
            """;

    private static final String VIEWS_SQL = """
            CREATE VIEW big_orders AS SELECT id, customer FROM orders WHERE total > 100;
            ALTER VIEW big_orders SET (security_barrier = true);
            COMMENT ON VIEW big_orders IS 'over a hundred';
            CREATE VIEW big_customers AS SELECT DISTINCT customer FROM big_orders;
            CREATE MATERIALIZED VIEW sales AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
            CREATE UNIQUE INDEX sales_customer ON sales (customer);
            COMMENT ON MATERIALIZED VIEW sales IS 'per customer';
            CREATE MATERIALIZED VIEW later AS SELECT customer FROM orders WITH NO DATA;
            """;

    private LoadedSchema load(String sql) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, ORDER);
        Path file = dir.resolve("classes/dibs/views.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
    }

    @Test
    void builtAfterTheTablesAndMaterializedViewsKeepTheirDeclaredData(PostgresServer server) throws Exception {
        // its query divides by zero once run: built at all, it was built WITH NO DATA in the scratch database
        String failing = "CREATE MATERIALIZED VIEW failing AS SELECT 1 / (SELECT 0) AS never;\n";
        Schema desired = Canonicalizer.canonicalize(load(VIEWS_SQL + failing), server);

        assertThat(desired.views()).extracting(v -> v.name().name()).containsExactly("big_customers", "big_orders");
        View bigOrders = desired.views().get(1);
        assertThat(bigOrders.options()).containsExactly("security_barrier=true");
        assertThat(bigOrders.comment()).isEqualTo("over a hundred");
        assertThat(desired.views().get(0).relations()).extracting(Object::toString).containsExactly("public.big_orders");
        assertThat(desired.materializedViews()).extracting(MaterializedView::name).extracting(Object::toString)
                .containsExactly("public.failing", "public.later", "public.sales");
        assertThat(desired.materializedViews()).extracting(MaterializedView::withData).containsExactly(true, false, true);
        assertThat(desired.materializedViews().get(2).indexes()).extracting(i -> i.definition())
                .containsExactly("CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer)");
    }

    @Test
    void thePlanCreatesThemAsDeclaredAndThenHasNothingToDo(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL, total bigint NOT NULL);"
                + "INSERT INTO orders VALUES (1, 'ann', 150), (2, 'bob', 20)");
        LoadedSchema intent = load(VIEWS_SQL);

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        assertThat(report.warnings()).isEmpty();
        assertThat(report.plan().toSql()).contains("GROUP BY customer WITH DATA;", "FROM public.orders WITH NO DATA;");
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }

        assertThat(db.queryString("SELECT string_agg(customer || '=' || total, ',' ORDER BY customer) FROM sales"))
                .isEqualTo("ann=150,bob=20");
        assertThat(db.queryString("SELECT relispopulated FROM pg_class WHERE relname = 'later'")).isEqualTo("f");
        assertThat(db.queryString("SELECT string_agg(customer, ',') FROM big_customers")).isEqualTo("ann");
        // filled by the application since: WITH NO DATA says how it is created, it is no state to go back to
        db.execute("REFRESH MATERIALIZED VIEW later");
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults()).hasDrift()).isFalse();
    }
}
