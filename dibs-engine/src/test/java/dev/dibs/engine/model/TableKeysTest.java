package dev.dibs.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Table#hasKeyOn} is the one answer to "may a foreign key reference these columns", used by
 * the loader and the solver alike; PostgreSQL is the judge of each case.
 */
@WithPostgres
class TableKeysTest {

    @ParameterizedTest(name = "{0} / references ({1})")
    @CsvSource(delimiter = '|', value = {
        "PRIMARY KEY (a, b)                                         | a, b",
        "PRIMARY KEY (a, b)                                         | b, a",
        "UNIQUE (a, b)                                              | b, a",
        "UNIQUE (a, b)                                              | a",
        "UNIQUE (a)                                                 | a, b",
        "INDEX unique (a) INCLUDE (b)                               | a",
        "INDEX unique (a) INCLUDE (b)                               | a, b",
        "INDEX unique (a) WHERE a > 0                               | a",
        "INDEX unique (lower(t))                                    | t",
        "INDEX plain (a)                                            | a",
        "PRIMARY KEY (a)                                            | a, a",
    })
    void answersAsPostgresDoes(String key, String referenced, TestDatabase db) throws SQLException {
        String keySql = key.startsWith("INDEX unique") ? "; CREATE UNIQUE INDEX k ON target " + key.substring("INDEX unique".length())
                : key.startsWith("INDEX plain") ? "; CREATE INDEX k ON target " + key.substring("INDEX plain".length())
                : ", " + key;
        String create = "CREATE TABLE target (a int NOT NULL, b int NOT NULL, t text";
        db.execute(keySql.startsWith(";") ? create + ")" + keySql : create + keySql + ")");
        boolean postgresAccepts;
        try {
            db.execute("CREATE TABLE source (a int, b int, t text, FOREIGN KEY (" + referenced + ") REFERENCES target (" + referenced + "))");
            postgresAccepts = true;
        } catch (SQLException refused) {
            postgresAccepts = false;
        }
        Table target;
        try (Connection c = db.connect()) {
            target = Inspector.inspect(c, List.of("public")).schema().table(new QualifiedName("public", "target")).orElseThrow();
        }
        List<String> columns = List.of(referenced.split(",\\s*"));
        assertThat(target.hasKeyOn(columns)).as("PostgreSQL %s a foreign key to target(%s) with %s",
                postgresAccepts ? "accepts" : "refuses", referenced, key).isEqualTo(postgresAccepts);
    }
}
