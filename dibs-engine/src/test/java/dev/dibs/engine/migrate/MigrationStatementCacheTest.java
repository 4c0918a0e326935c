package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's connection keeps its own server-prepared statements across DDL; a migration's
 * statements are never prepared on the server, so a query run often enough to be prepared there
 * still runs after a later migration changed the columns it returns (instead of failing with
 * "cached plan must not change result type").
 */
@WithPostgres
class MigrationStatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void aQueryRunBeforeAndAfterItsTableChangedShapeSeesTheNewShape(TestDatabase db) throws Exception {
        String query = """
                rows = ctx.query("SELECT * FROM shape WHERE id = ?", 1).get(0).size();
                try (java.sql.PreparedStatement ps = ctx.connection().prepareStatement("SELECT * FROM shape WHERE id = ?")) {
                    ps.setInt(1, 1);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        jdbc = rs.getMetaData().getColumnCount();
                    }
                }
                """;
        List<Path> cp = Migrations.compile(dir,
                Migrations.migration("001_shape", "Shape", """
                        ctx.execute("CREATE TABLE shape (id int)");
                        ctx.execute("INSERT INTO shape VALUES (1)");
                        int rows;
                        int jdbc;
                        for (int i = 0; i < 8; i++) {
                        %s
                        }
                        """.formatted(query.indent(4))),
                Migrations.migration("002_reshape", "Reshape", """
                        ctx.execute("ALTER TABLE shape ADD COLUMN b int DEFAULT 7");
                        int rows;
                        int jdbc;
                        %s
                        ctx.execute("CREATE TABLE seen (rows int, jdbc int)");
                        ctx.execute("INSERT INTO seen VALUES (?, ?)", rows, jdbc);
                        """.formatted(query)));

        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build().run();

        assertThat(db.queryStrings("SELECT rows || ' ' || jdbc FROM seen")).containsExactly("2 2");
    }
}
