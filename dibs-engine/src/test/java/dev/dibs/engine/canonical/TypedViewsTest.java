package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view declared as a Java record annotated @View: built from its query, its columns checked against the record. */
@WithPostgres
class TypedViewsTest {

    @TempDir
    Path dir;

    private static final String TABLES = """
            @Table("customers")
            public record Customer(@Pk long id, String name, @Column(type = "varchar(80)") String email) {}
            """;
    private static final String ORDERS = """
            @Table("orders")
            public record Order(@Pk long id, @References("customers.id") long customerId, java.math.BigDecimal total,
                                Status status) {}
            """;
    private static final String STATUS = "public enum Status { OPEN, PAID }";

    private LoadedSchema load(String... types) {
        List<Path> classpath = TestSchemas.compile(dir, types);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
    }

    @Test
    void aRecordWhoseComponentsAreTheDerivedColumnsIsAView(PostgresServer server) {
        LoadedSchema intent = load(TABLES, ORDERS, STATUS, """
                @View("SELECT c.id AS customer_id, c.email, count(o.id) AS orders, sum(o.total) AS spent,"
                    + " max(o.status) AS last_status FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id")
                public record CustomerTotals(long customerId, String email, long orders, java.math.BigDecimal spent,
                                             Status lastStatus) {}
                """);
        View view = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema().views().stream()
                .filter(v -> v.name().equals(new QualifiedName("public", "customer_totals"))).findFirst().orElseThrow();
        assertThat(view.columns()).extracting(ViewColumn::name)
                .containsExactly("customer_id", "email", "orders", "spent", "last_status");
        assertThat(view.columns().get(1).type()).isEqualTo("character varying(80)"); // a String takes it
    }

    /** A column of a collation of its own reads through a view with it: a String still takes it. */
    @Test
    void aStringComponentTakesAColumnOfACollationOfItsOwn(PostgresServer server) {
        LoadedSchema intent = load("""
                @Table("handles")
                public record Handle(@Pk long id, @Column(collation = "C") String handle) {}
                """, """
                @View("SELECT id, handle, handle COLLATE \\"POSIX\\" AS posix FROM handles")
                public record HandleNames(long id, String handle, String posix) {}
                """);
        View view = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema().views().stream()
                .filter(v -> v.name().equals(new QualifiedName("public", "handle_names"))).findFirst().orElseThrow();
        assertThat(view.columns()).extracting(ViewColumn::type).containsExactly("bigint", "text COLLATE \"C\"", "text COLLATE \"POSIX\"");
    }

    @Test
    void eachDifferenceNamesTheComponentAndBothTypes(PostgresServer server, TestDatabase db) throws Exception {
        LoadedSchema intent = load(TABLES, ORDERS, STATUS, """
                @View(name = "totals", value = "SELECT c.id AS customer_id, count(o.id) AS orders, c.name AS nickname"
                    + " FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id")
                public record Totals(long customerId, int orders, String name) {}
                """);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));
        assertThat(e.getMessage()).startsWith("The Java schema has 3 problems:");
        assertThat(e.problems()).extracting(Problem::where).containsExactly("e.Totals.orders", "e.Totals.name", "e.Totals");
        assertThat(e.problems().get(0).message()).isEqualTo("is int (integer) but the view's column orders is bigint.");
        assertThat(e.problems().get(1).message()).startsWith("names the column name, which the query of view public.totals"
                + " does not return (it returns customer_id, orders, nickname)");
        assertThat(e.problems().get(2).message()).isEqualTo("has no component for the column nickname of view public.totals (text).");
        assertThat(db.queryStrings("SELECT datname FROM pg_database WHERE datname LIKE 'dibs_scratch%'")).isEmpty();
    }

    @Test
    void theQueryIsOneQueryOrTheLoadFailsNamingTheRecordBeforeAnythingRuns() {
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> load(TABLES, """
                @View("SELECT 1 AS one; DROP TABLE customers")
                public record One(int one) {}
                """, """
                @View("SELECT 1 AS two")
                public class NotARecord {}
                """));
        assertThat(e.problems()).extracting(Problem::where).contains("e.NotARecord", "e.One (@View) line 1");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("DROP TABLE customers").contains("drops an object"));
    }
}
