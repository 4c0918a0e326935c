package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a run, __dibs_tables/columns/indexes say where each object is declared, its doc, and which migration made it. */
@WithPostgres
class MetadataTablesTest {

    @TempDir
    Path dir;

    /** A Java schema of one table, {@code users}, and the one migration that creates it. */
    private List<Path> usersProject() throws Exception {
        return Migrations.compile(dir, """
                @Table("users")
                public record User(@Pk long id) {}
                """,
                Migrations.migration("001_users", "CreateUsers", "ctx.execute(\"CREATE TABLE users (id bigint PRIMARY KEY)\");"));
    }

    @Test
    void recordSourcesDocsAndTheMigrationsThatCreatedAndChangedObjects(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, """
                /**
                 * People who sign in.
                 *
                 * @param id the key
                 * @param email where we write
                 */
                @Table("users")
                @Index(columns = "email")
                public record User(@Pk long id, String email) {}
                """,
                Migrations.migration("001_users", "CreateUsers", "ctx.execute(\"CREATE TABLE users (id bigint PRIMARY KEY, email varchar(10) NOT NULL)\");"),
                Migrations.migration("002_email", "WidenEmail", """
                        ctx.execute("ALTER TABLE users ALTER COLUMN email TYPE text");
                        ctx.execute("CREATE INDEX users_email_idx ON users (email)");
                        """));
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("e")).load();
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).intent(intent).build().run();

        assertThat(db.queryStrings("SELECT table_name || ' ' || java_class || ' ' || source_file || ':' || source_line || ' '"
                + " || doc || ' ' || created_by || ' ' || modified_by FROM __dibs_tables"))
                .containsExactly("users e.User e/User.java:9 People who sign in. 001_users 002_email");
        assertThat(db.queryStrings("SELECT column_name || ' ' || java_member || ' ' || source_line || ' ' || doc || ' '"
                + " || created_by || ' ' || modified_by FROM __dibs_columns ORDER BY column_name"))
                .containsExactly("email e.User.email 11 where we write 001_users 002_email", "id e.User.id 11 the key 001_users 001_users");
        assertThat(db.queryStrings("SELECT index_name || ' ' || created_by FROM __dibs_indexes ORDER BY index_name"))
                .containsExactly("users_email_idx 002_email", "users_pkey 001_users");
        try (Connection c = db.connect()) {
            assertThat(Inspector.inspect(c, List.of("public")).schema().tables()).extracting(t -> t.name().name())
                    .containsExactly("users");
        }
    }
    /**
     * dibs:migrate reads the Java schema while it connects, finds the migrations and takes the lock:
     * the runner waits for it before writing anything, so a Java schema that cannot be read stops
     * the run before any migration (or dibs's own tables), and one read late is still recorded.
     */
    @Test
    void aJavaSchemaStillBeingReadIsWaitedForBeforeAnythingIsWritten(TestDatabase db) throws Exception {
        List<Path> cp = usersProject();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        IllegalStateException unreadable = new IllegalStateException("e.User: the Java schema cannot be read");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MigrationRunner.builder().database(db.info()).classpath(cp)
                .packages(List.of("e")).intent(() -> {
                    asked.incrementAndGet();
                    throw unreadable;
                }).build().run())).isSameAs(unreadable);
        assertThat(asked).hasValue(1);
        assertThat(db.queryStrings("SELECT relname FROM pg_class WHERE relname IN ('users', '__dibs_migrations', '__dibs_tables')"))
                .as("nothing written").isEmpty();
        // said before a database that cannot be reached, which is kept beside it
        Throwable both = org.assertj.core.api.Assertions.catchThrowable(() -> MigrationRunner.builder()
                .database(new dev.dibs.engine.postgres.ConnectionInfo("jdbc:postgresql://localhost:1/none", "nobody", "x"))
                .classpath(cp).packages(List.of("e")).intent(() -> {
                    throw unreadable;
                }).build().run());
        assertThat(both).isSameAs(unreadable);
        assertThat(both.getSuppressed()).anySatisfy(s -> assertThat(s).hasMessageContaining("cannot run migrations on"));

        // read only when the runner asks for it (after finding the migrations and opening the database): still recorded
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e"))
                .intent(() -> IntentLoader.builder().classpath(cp).packages(List.of("e")).load()).build().run();
        assertThat(db.queryStrings("SELECT table_name || ' ' || java_class || ' ' || created_by FROM __dibs_tables"))
                .containsExactly("users e.User 001_users");
    }

    /**
     * A change that writes only the column's catalog row (NOT NULL, a default) leaves the table's own
     * row alone: it is still found, through the lock the migration's transaction holds on the table.
     */
    @Test
    void aMigrationThatChangesOnlyAColumnIsItsLastChange(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir,
                Migrations.migration("001_users", "CreateUsers", "ctx.execute(\"CREATE TABLE users (id bigint PRIMARY KEY, mail text)\");"),
                Migrations.migration("002_required", "Required", "ctx.execute(\"ALTER TABLE users ALTER COLUMN mail SET NOT NULL\");"),
                Migrations.migration("003_default", "Default", "ctx.execute(\"ALTER TABLE users ALTER COLUMN id SET DEFAULT 0\");"));
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build().run();

        assertThat(db.queryStrings("SELECT column_name || ' ' || created_by || ' ' || modified_by FROM __dibs_columns"
                + " ORDER BY column_name")).containsExactly("id 001_users 003_default", "mail 001_users 002_required");
    }

    /**
     * All rows of a kind go in one statement, so two keys that meet one row must be one: an index
     * name is unique in its schema only at one moment, and a run may drop it and create it again on
     * another table. The row keeps its first table and creator and takes the last change, as one
     * statement per key left it. Quotes, commas, braces and backslashes in a doc survive the arrays.
     */
    @Test
    void anIndexNameUsedAgainOnAnotherTableInOneRunIsOneRow(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, """
                /**
                 * Orders: "quoted", {braced}, back\\slash, comma, NULL
                 *
                 * @param id the key
                 */
                @Table("orders")
                public record Order(@Pk long id) {}
                """,
                Migrations.migration("001_a", "A", "ctx.execute(\"CREATE TABLE a (id bigint); CREATE INDEX moving ON a (id)\");"),
                Migrations.migration("002_b", "B", "ctx.execute(\"DROP INDEX moving; CREATE TABLE b (id bigint); CREATE INDEX moving ON b (id)\");"),
                Migrations.migration("003_orders", "Orders", "ctx.execute(\"CREATE TABLE orders (id bigint PRIMARY KEY)\");"));
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("e")).load();
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).intent(intent).build().run();

        assertThat(db.queryStrings("SELECT index_name || ' ' || table_name || ' ' || created_by || ' ' || modified_by"
                + " FROM __dibs_indexes ORDER BY index_name"))
                .containsExactly("moving a 001_a 002_b", "orders_pkey orders 003_orders 003_orders");
        assertThat(db.queryStrings("SELECT doc FROM __dibs_tables WHERE table_name = 'orders'"))
                .containsExactly("Orders: \"quoted\", {braced}, back\\slash, comma, NULL");
        assertThat(db.queryStrings("SELECT table_name FROM __dibs_tables ORDER BY 1")).containsExactly("a", "b", "orders");
    }

    /**
     * The hook dibs:migrate starts its check's reading from runs once the last migration committed
     * and before dibs writes its own rows; a run stopped by a failing migration never calls it.
     */
    @Test
    void afterMigrationsIsToldOnceTheLastMigrationCommitted(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, """
                @Table("users")
                public record User(@Pk long id) {}
                """,
                Migrations.migration("001_users", "CreateUsers", "ctx.execute(\"CREATE TABLE users (id bigint PRIMARY KEY)\");"),
                Migrations.migration("002_orders", "CreateOrders", "ctx.execute(\"CREATE TABLE orders (id bigint PRIMARY KEY)\");"));
        List<String> seen = new java.util.ArrayList<>();
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e"))
                .intent(IntentLoader.builder().classpath(cp).packages(List.of("e")).load())
                .afterMigrations(() -> {
                    try {
                        seen.addAll(db.queryStrings("SELECT relname::text FROM pg_class WHERE relname IN ('users', 'orders') ORDER BY 1"));
                        seen.addAll(db.queryStrings("SELECT 'dibs rows: ' || count(*) FROM __dibs_tables"));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).build().run();
        assertThat(seen).as("seen from another session").containsExactly("orders", "users", "dibs rows: 0");
        assertThat(db.queryStrings("SELECT table_name || ' ' || created_by FROM __dibs_tables ORDER BY 1"))
                .containsExactly("orders 002_orders", "users 001_users");

        List<Path> failing = Migrations.compile(dir.resolve("failing"),
                Migrations.migration("003_broken", "Broken", "ctx.execute(\"CREATE TABLE broken (id nosuchtype)\");"));
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MigrationRunner.builder().database(db.info())
                .classpath(failing).packages(List.of("e")).afterMigrations(told::incrementAndGet).build().run()))
                .hasMessageContaining("nosuchtype");
        assertThat(told).hasValue(0);
    }

    /** A hook that fails after the migrations committed is a warning: the run goes on and records their objects. */
    @Test
    void aFailingAfterMigrationsHookIsAWarningAndTheRowsAreStillWritten(TestDatabase db) throws Exception {
        List<Path> cp = usersProject();
        List<String> warnings = new java.util.ArrayList<>();
        MigrationReport report = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e"))
                .intent(IntentLoader.builder().classpath(cp).packages(List.of("e")).load())
                .listener(new MigrationListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                })
                .afterMigrations(() -> {
                    throw new IllegalStateException("the check could not start reading");
                }).build().run();

        assertThat(report.applied()).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("the check could not start reading")
                .contains("the migrations are applied and recorded");
        assertThat(db.queryStrings("SELECT table_name || ' ' || created_by FROM __dibs_tables"))
                .containsExactly("users 001_users");
    }
}
