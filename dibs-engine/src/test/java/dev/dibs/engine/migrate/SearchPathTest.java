package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations run with {@code search_path} pinned to the first managed schema, then {@code public}:
 * a database whose own {@code search_path} points elsewhere must not move unqualified objects
 * away from where the replay of {@code dibs:check} put them.
 */
@WithPostgres
class SearchPathTest {

    @TempDir
    Path dir;

    private static String schemaOf(TestDatabase db, String table) throws Exception {
        return db.queryString("SELECT string_agg(schemaname, ',') FROM pg_tables WHERE tablename = '" + table + "'");
    }

    @Test
    void unqualifiedTablesLandInTheFirstSchemaWhateverTheDatabaseSearchPath(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA app; CREATE SCHEMA core; ALTER DATABASE " + db.name() + " SET search_path = app, public");
        List<Path> cp = Migrations.compile(dir,
                Migrations.migration("001_one", "One", "ctx.execute(\"CREATE TABLE one (id int)\");"),
                // a migration that changes search_path for the session must not change where the next one's objects go
                Migrations.migration("002_moves", "Moves", "ctx.execute(\"SET search_path = app\");", false),
                Migrations.migration("003_two", "Two", """
                        ctx.execute("CREATE TABLE two (id int)");
                        ctx.execute("CREATE TABLE shown (path text)");
                        ctx.execute("INSERT INTO shown SELECT current_setting('search_path')");
                        """));

        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).schemas(List.of("core", "app"))
                .build().run();

        assertThat(schemaOf(db, "one")).isEqualTo("core");
        assertThat(schemaOf(db, "two")).isEqualTo("core");
        assertThat(db.queryString("SELECT path FROM core.shown")).isEqualTo("core, public");
    }

    @Test
    void withPublicFirstThePathIsPublicAlone(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA app; ALTER DATABASE " + db.name() + " SET search_path = app, public");
        List<Path> cp = Migrations.compile(dir, Migrations.migration("001_one", "One", """
                ctx.execute("CREATE TABLE one (id int)");
                ctx.execute("CREATE TABLE shown (path text)");
                ctx.execute("INSERT INTO shown SELECT current_setting('search_path')");
                """));

        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).schemas(List.of("public", "app"))
                .build().run();

        assertThat(schemaOf(db, "one")).isEqualTo("public");
        assertThat(db.queryString("SELECT path FROM public.shown")).isEqualTo("public");
    }
}
