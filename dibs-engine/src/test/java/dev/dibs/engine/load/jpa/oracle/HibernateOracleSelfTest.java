package dev.dibs.engine.load.jpa.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle's harness works on its own, whatever dibs's reading of entities does: Hibernate
 * compiles and creates every corpus model (and its evolution) with each naming on a real database,
 * the catalog then holds what Hibernate is known to make, and a second creation compares equal to
 * the first through the same comparison {@link HibernateOracleTest} uses (so a difference it reports
 * comes from dibs, not from the comparison).
 */
@WithPostgres
class HibernateOracleSelfTest {

    @TempDir
    Path dir;

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : HibernateOracleTest.MODELS) {
            for (String version : List.of(model, model + "-evolved")) {
                for (String naming : HibernateOracle.NAMINGS) {
                    out.add(Arguments.of(version, naming));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("cases")
    void hibernateCreatesTheModel(String model, String naming, TestDatabase db, PostgresServer server) throws Exception {
        List<String> schemas = HibernateOracleTest.schemasOf(model);
        List<Path> classpath = HibernateOracle.compile(model, dir);
        String ddl = HibernateOracle.create(classpath, model, naming, db.info(), schemas);
        if (Boolean.getBoolean("dibs.oracle.print")) {
            System.out.println("-- " + model + " / " + naming + "\n" + ddl);
        }
        assertThat(ddl).contains("create table");

        int tables = Integer.parseInt(db.queryString("SELECT count(*) FROM pg_catalog.pg_tables"
                + " WHERE schemaname IN ('public', 'inventory')"));
        List<String> foreignKeys = db.queryStrings("SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f'");
        // Hibernate writes FK<hash> unquoted: PostgreSQL folds it to lower case
        assertThat(foreignKeys).as("foreign keys").anyMatch(n -> n.matches("fk[0-9a-z]{20,27}"));
        switch (model.replace("-evolved", "")) {
            case "petclinic" -> {
                assertThat(tables).isEqualTo(7);
                assertThat(db.hasTable("vet_specialties")).isTrue();
                assertThat(db.queryString("SELECT format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute"
                        + " WHERE attrelid = 'pets'::regclass AND attname = 'birth_date'")).isEqualTo("date");
            }
            case "mappings" -> {
                assertThat(tables).isGreaterThanOrEqualTo(28);
                assertThat(db.queryStrings("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'inventory'"))
                        .containsExactly("stock_items");
                assertThat(db.queryStrings("SELECT sequencename FROM pg_catalog.pg_sequences WHERE start_value = 100"
                        + " AND increment_by = 10")).containsExactly("animal_ids");
                assertThat(foreignKeys).contains("fk_passport_holder", "fk_booking_seat", "fk_reservation_item");
                assertThat(db.hasTable("hibernate_sequences")).isTrue();
            }
            case "shop" -> {
                assertThat(tables).isGreaterThanOrEqualTo(30);
                assertThat(db.hasTable("product_tags")).isTrue();
                assertThat(foreignKeys).contains("fk_order_customer");
            }
            default -> throw new IllegalArgumentException(model);
        }

        ConnectionInfo again = server.createDatabase("oracle");
        try {
            HibernateOracle.create(classpath, model, naming, again, schemas);
            DriftReport report = DatabaseComparison.compare(again, db.info(), schemas, PlanOptions.defaults(), () -> server);
            assertThat(HibernateOracleTest.differences(report)).as("Hibernate's schema compared with itself").isEmpty();
        } finally {
            server.dropDatabase(again);
        }
    }

    /**
     * A statement PostgreSQL refuses fails the oracle, naming it: Hibernate would only log it and go
     * on, and the missing table would then look like something dibs made up.
     */
    @Test
    void aStatementPostgresqlRefusesFailsTheOracle(TestDatabase db) throws Exception {
        List<Path> classpath = JavaSources.compile(dir, Map.of("corpus/bad/Order.java", """
                package corpus.bad;
                import jakarta.persistence.*;
                @Entity @Table(name = "order")
                public class Order { @Id Long id; String note; }
                """), HibernateOracle.jpaJars());

        assertThatThrownBy(() -> HibernateOracle.create(classpath, "bad", "hibernate", db.info(), List.of("public")))
                .hasStackTraceContaining("create table order");
        assertThat(db.queryString("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'")).isEqualTo("0");
    }
}
