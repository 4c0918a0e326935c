package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views and materialized views are read with their columns, options, what they read, indexes and comments. */
@WithPostgres
class ViewInspectionTest {

    private static QualifiedName name(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Test
    void readsViewsAndMaterializedViewsWithWhatTheyRead(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.orders (id int PRIMARY KEY, customer varchar(40), total numeric(10,2), note text);
                CREATE VIEW app.big WITH (security_barrier = true) AS SELECT id, customer FROM app.orders WHERE total > 100;
                CREATE VIEW app.counted AS SELECT count(*) AS n, min(note COLLATE "C") AS first_note FROM app.orders;
                CREATE VIEW app."Big customers" AS SELECT DISTINCT customer FROM app.big;
                COMMENT ON VIEW app.big IS 'over a hundred';
                CREATE MATERIALIZED VIEW app.sales AS SELECT customer, sum(total) AS total FROM app.orders GROUP BY customer
                    WITH NO DATA;
                CREATE UNIQUE INDEX sales_customer ON app.sales (customer);
                COMMENT ON INDEX app.sales_customer IS 'one row each';
                COMMENT ON COLUMN app.big.customer IS 'who';
                CREATE VIEW app.__dibs_internal AS SELECT 1 AS one;
                CREATE VIEW public.elsewhere AS SELECT 1 AS one;
                """);
        Inspection inspection;
        try (Connection c = db.connect()) {
            inspection = Inspector.inspect(c, List.of("app"));
        }

        assertThat(inspection.schema().views()).extracting(View::name)
                .containsExactly(name("app", "Big customers"), name("app", "big"), name("app", "counted"));
        View big = inspection.schema().views().get(1);
        assertThat(big.columns()).containsExactly(new ViewColumn("id", "integer"), new ViewColumn("customer", "character varying(40)"));
        assertThat(big.options()).containsExactly("security_barrier=true");
        assertThat(big.relations()).containsExactly(name("app", "orders"));
        assertThat(big.uses()).containsExactly(new RelationColumn(name("app", "orders"), "customer"),
                new RelationColumn(name("app", "orders"), "id"), new RelationColumn(name("app", "orders"), "total"));
        assertThat(big.comment()).isEqualTo("over a hundred");
        assertThat(big.definition()).contains("FROM app.orders"); // qualified, under the inspection's search_path
        // a view on a view reads the view; count(*) reads the table but none of its columns
        assertThat(inspection.schema().views().get(0).relations()).containsExactly(name("app", "big"));
        assertThat(inspection.schema().views().get(2).relations()).containsExactly(name("app", "orders"));
        assertThat(inspection.schema().views().get(2).uses()).containsExactly(new RelationColumn(name("app", "orders"), "note"));
        assertThat(inspection.schema().views().get(2).columns())
                .containsExactly(new ViewColumn("n", "bigint"), new ViewColumn("first_note", "text COLLATE \"C\""));

        MaterializedView sales = inspection.schema().materializedViews().get(0);
        assertThat(sales.withData()).isFalse();
        assertThat(sales.indexes()).extracting(i -> i.name() + ": " + i.definition())
                .containsExactly("sales_customer: CREATE UNIQUE INDEX sales_customer ON app.sales USING btree (customer)");
        assertThat(sales.columns()).extracting(ViewColumn::name).containsExactly("customer", "total");

        // what the model does not hold is said, not lost; the views themselves are no notes
        assertThat(inspection.notManaged()).extracting(n -> n.kind() + " " + n.name() + ": " + n.detail())
                .contains("view column comment big.customer: who", "index comment sales_customer: one row each");
        assertThat(inspection.notManaged()).noneMatch(n -> n.kind().equals("view") || n.kind().equals("materialized view"));
    }
}
