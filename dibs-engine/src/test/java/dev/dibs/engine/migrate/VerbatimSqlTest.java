package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL without parameters reaches PostgreSQL as written: jsonb's {@code ?}, {@code ?|} and
 * {@code ?&} operators are not parameters (as a prepared statement would take them).
 */
@WithPostgres
class VerbatimSqlTest {

    @TempDir
    Path dir;

    @Test
    void executeQueryAndBackfillWithoutParametersKeepQuestionMarkOperators(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, Migrations.migration("001_jsonb", "Jsonb", """
                ctx.execute("CREATE TABLE docs (id int PRIMARY KEY, j jsonb NOT NULL, CHECK (NOT (j ? 'secret')))");
                ctx.execute("INSERT INTO docs VALUES (1, '{\\"a\\": 1, \\"b\\": 2}'), (2, '{\\"c\\": 3}')");
                ctx.execute("INSERT INTO docs VALUES (?, ?::jsonb)", 3, "{\\"a\\": 4}");
                var rows = ctx.query("SELECT count(*) AS n FROM docs WHERE j ?| array['a', 'b'] AND NOT j ?& array['a', 'c']");
                ctx.execute("INSERT INTO docs VALUES (100, jsonb_build_object('matched', ?::int))", rows.get(0).get("n"));
                long removed = ctx.backfill("UPDATE docs SET j = j - 'a' WHERE id IN (SELECT id FROM docs WHERE j ? 'a' LIMIT 1)");
                ctx.execute("INSERT INTO docs VALUES (101, jsonb_build_object('removed', ?::int))", (int) removed);
                // with parameters, ? is a placeholder and ?? the operator
                ctx.execute("INSERT INTO docs SELECT 102, ?::jsonb WHERE ?::jsonb ?? 'k'", "{}", "{\\"k\\": 1}");
                ctx.execute("INSERT INTO docs SELECT 103, ?::jsonb WHERE ?::jsonb ?? 'k'", "{}", "{}");
                """));

        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build().run();

        assertThat(db.queryStrings("SELECT id || ' ' || j::text FROM docs ORDER BY id")).containsExactly(
                "1 {\"b\": 2}", "2 {\"c\": 3}", "3 {}", "100 {\"matched\": 2}", "101 {\"removed\": 2}", "102 {}");
        assertThat(db.queryString("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'docs'::regclass"
                + " AND contype = 'c'")).isEqualTo("CHECK ((NOT (j ? 'secret'::text)))");
    }
}
