package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ViewQueryRenames} against PostgreSQL: a view over {@code accounts (id, balance, "Note", days, pair, "true")} is
 * created, its query read as dibs reads it, the table or a column renamed, and the query read again.
 * Where dibs tells the query after the rename, it must be exactly what PostgreSQL then prints; the
 * simple queries must be told, the others (a join, a subquery, a name in two roles) left untold.
 */
@WithPostgres
class ViewQueryRenamesTest {

    private static final QualifiedName ACCOUNTS = new QualifiedName("public", "accounts");

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // query                                                                  | rename                   | told
        "SELECT id, balance FROM accounts WHERE balance > 0                         | column balance credit    | true",
        "SELECT id, balance AS credit FROM accounts                                 | column balance credit    | true",
        "SELECT id, balance AS b FROM accounts ORDER BY balance DESC                | column balance credit    | true",
        "SELECT sum(balance) AS total, count(*) AS n FROM accounts GROUP BY id       | column balance credit    | true",
        "SELECT a.id, a.balance FROM accounts a WHERE a.balance IS NOT NULL         | column balance credit    | true",
        "SELECT id, balance::text AS shown FROM accounts                           | column balance credit    | true",
        "SELECT id, \"Note\" FROM accounts                                          | column Note Remark       | true",
        "SELECT id, balance FROM accounts WHERE balance > 0                         | column balance Credit    | true",
        "SELECT id, balance FROM accounts WHERE balance > 0                         | table customers          | true",
        "SELECT a.id FROM accounts a                                                | table customers          | true",
        "SELECT id, balance FROM accounts ORDER BY balance                           | column balance credit    | true",
        "SELECT balance, count(*) AS n FROM accounts GROUP BY balance HAVING count(*) > 1 | column balance credit | true",
        "SELECT id, make_interval(days => days) AS d FROM accounts                  | column days length       | true",
        "SELECT DISTINCT balance FROM accounts                                      | column balance credit    | false",
        "SELECT id, EXTRACT(day FROM now()) AS d FROM accounts                      | column days day          | false",
        "SELECT id, (pair).balance AS b FROM accounts                               | column balance credit    | false",
        "SELECT id, true AS t, \"true\" FROM accounts                              | column true yes          | true",
        "SELECT id FROM accounts WHERE balance IN (SELECT balance FROM accounts)    | column balance credit    | false",
        "SELECT x.id FROM accounts x JOIN accounts y ON x.id = y.id                 | column balance credit    | false",
        "SELECT accounts FROM accounts                                              | table customers          | false",
    })
    void toldQueriesAreWhatPostgresPrints(String query, String rename, boolean told, TestDatabase db) throws Exception {
        db.execute("CREATE TYPE pair AS (balance int, credit int)");
        db.execute("CREATE TABLE accounts (id int PRIMARY KEY, balance int, \"Note\" text, days int, pair pair, \"true\" boolean)");
        db.execute("CREATE VIEW v AS " + query);
        View before = view(db);
        String[] r = rename.split(" ");
        Optional<String> predicted;
        if (r[0].equals("table")) {
            predicted = ViewQueryRenames.tableRenamed(before.definition(), before.relations(), ACCOUNTS,
                    new QualifiedName("public", r[1]));
            db.execute("ALTER TABLE accounts RENAME TO " + r[1]);
        } else {
            predicted = ViewQueryRenames.columnRenamed(before.definition(), before.relations(), ACCOUNTS, r[1], r[2]);
            db.execute("ALTER TABLE accounts RENAME COLUMN \"" + r[1] + "\" TO \"" + r[2] + "\"");
        }
        String after = view(db).definition();
        assertThat(predicted.isPresent()).as("told for %s", before.definition()).isEqualTo(told);
        predicted.ifPresent(p -> assertThat(p).as("%s after %s", before.definition(), rename).isEqualTo(after));
    }

    private static View view(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Schema s = Inspector.inspect(c, List.of("public")).schema();
            return s.views().stream().filter(v -> v.name().name().equals("v")).findFirst().orElseThrow();
        }
    }
}
