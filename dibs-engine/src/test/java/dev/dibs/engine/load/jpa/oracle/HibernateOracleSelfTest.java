package dev.dibs.engine.load.jpa.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle's harness works on its own: Hibernate compiles and creates every corpus model with
 * each naming on a real database, and the catalog then holds what Hibernate is known to make.
 */
@WithPostgres
class HibernateOracleSelfTest {

    @TempDir
    Path dir;

    static List<Arguments> cases() {
        return HibernateOracleTest.cases();
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("cases")
    void hibernateCreatesTheModel(String model, String naming, TestDatabase db) throws Exception {
        List<Path> classpath = HibernateOracle.compile(model, dir);
        String ddl = HibernateOracle.create(classpath, model, naming, db.info(), HibernateOracleTest.schemasOf(model));
        if (Boolean.getBoolean("dibs.oracle.print")) {
            System.out.println("-- " + model + " / " + naming + "\n" + ddl);
        }
        assertThat(ddl).contains("create table");

        int tables = Integer.parseInt(db.queryString("SELECT count(*) FROM pg_catalog.pg_tables"
                + " WHERE schemaname IN ('public', 'inventory')"));
        List<String> foreignKeys = db.queryStrings("SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f'");
        assertThat(foreignKeys).as("foreign keys").isNotEmpty()
                .anyMatch(n -> n.matches("fk[0-9a-z]{20,27}"));
        switch (model.replace("-evolved", "")) {
            case "petclinic" -> {
                assertThat(tables).isEqualTo(7);
                assertThat(db.hasTable("vet_specialties")).isTrue();
                assertThat(db.hasTable("owners")).isTrue();
                assertThat(db.queryString("SELECT format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute"
                        + " WHERE attrelid = 'pets'::regclass AND attname = 'birth_date'")).isEqualTo("date");
            }
            case "mappings" -> {
                assertThat(tables).isGreaterThanOrEqualTo(25);
                assertThat(db.queryString("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'inventory'"))
                        .isEqualTo("1");
                assertThat(db.queryString("SELECT count(*) FROM pg_catalog.pg_sequences")).isNotEqualTo("0");
            }
            case "shop" -> assertThat(tables).isGreaterThanOrEqualTo(30);
            default -> throw new IllegalArgumentException(model);
        }
    }
}
