package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object kinds of the {@code __dibs_*} tables: one enum that the catalog queries and the upserts agree on. */
@WithPostgres
class MetadataKindTest {

    @TempDir
    Path dir;

    @Test
    void theCatalogQueriesNameExactlyTheKindsOfTheEnum(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY)");
        try (Connection c = db.connect()) {
            var kinds = new MetadataStore(c, List.of("public")).fingerprints().keySet().stream()
                    .map(MetadataStore.ObjectKey::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(MetadataKind.class)));
            assertThat(kinds).isEqualTo(EnumSet.allOf(MetadataKind.class));
        }
    }

    @Test
    void aKindNoConstantHasIsRefusedByName() {
        assertThat(MetadataKind.of("index")).isEqualTo(MetadataKind.INDEX);
        assertThatThrownBy(() -> MetadataKind.of("view")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown object kind \"view\"");
    }

    @Test
    void aLaterRunKeepsEachObjectsFirstCreatorAndRecordsItsLastChange(TestDatabase db) throws Exception {
        String user = """
                @Table("users")
                @Index(columns = "email")
                public record User(@Pk long id, String email) {}
                """;
        String create = Migrations.migration("001_users", "CreateUsers", """
                ctx.execute("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(10) NOT NULL)");
                ctx.execute("CREATE INDEX users_email_idx ON users (email)");
                """);
        run(db, dir.resolve("a"), user, create);
        run(db, dir.resolve("b"), user, create,
                Migrations.migration("002_email", "WidenEmail", "ctx.execute(\"ALTER TABLE users ALTER COLUMN email TYPE text\");"));

        assertThat(db.queryStrings("SELECT table_name || ' ' || created_by || ' ' || modified_by FROM __dibs_tables"))
                .containsExactly("users 001_users 002_email");
        assertThat(db.queryStrings("SELECT column_name || ' ' || created_by || ' ' || modified_by FROM __dibs_columns"
                + " ORDER BY column_name")).containsExactly("email 001_users 002_email", "id 001_users 001_users");
        // the second run declares the index again with no migration of its own: its row stays as it was
        assertThat(db.queryStrings("SELECT index_name || ' ' || created_by || ' ' || modified_by FROM __dibs_indexes"
                + " ORDER BY index_name")).containsExactly("users_email_idx 001_users 002_email", "users_pkey 001_users 001_users");
    }

    private static void run(TestDatabase db, Path dir, String... classes) throws Exception {
        List<Path> cp = Migrations.compile(dir, classes);
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("e")).load();
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).intent(intent).build().run();
    }
}
