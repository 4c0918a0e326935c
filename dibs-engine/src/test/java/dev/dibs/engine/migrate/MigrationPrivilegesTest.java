package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who may not create dibs's metadata tables is told which privilege is missing and the GRANT
 * that gives it, instead of a bare "permission denied" after a ConnectionInfo record.
 */
@WithPostgres
class MigrationPrivilegesTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @TempDir
    Path classes;

    private TestDatabase db;
    private String role;
    private ConnectionInfo asRole;

    @BeforeEach
    void roleWithoutCreate(TestDatabase db) throws Exception {
        this.db = db;
        role = "no_create_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        // PostgreSQL 14 and older let everyone create in public: take that away so every version starts alike.
        db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC; CREATE ROLE " + role + " LOGIN PASSWORD 'no-create-pw'");
        asRole = new ConnectionInfo(db.info().url(), role, "no-create-pw");
    }

    @AfterEach
    void dropRole() throws Exception {
        db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
    }

    private MigrationReport run(List<String> schemas) {
        return MigrationRunner.builder().database(asRole).classpath(List.of(classes)).schemas(schemas).build().run();
    }

    @Test
    void withoutCreateOnTheSchemaTheMessageNamesTheGrant() {
        assertThatThrownBy(() -> run(List.of("public")))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migrations cannot start: user " + role + " may not create dibs's metadata tables"
                        + " (__dibs_migrations, …) in schema \"public\" of database \"" + db.name() + "\". GRANT CREATE ON SCHEMA"
                        + " public TO " + role + ", or run as the schema's owner.")
                .hasMessageContaining("permission denied for schema public")
                .hasMessageNotContaining("ConnectionInfo")
                .hasMessageNotContaining("no-create-pw");
    }

    @Test
    void withoutCreateOnTheDatabaseAMissingSchemaNamesThatGrant() {
        assertThatThrownBy(() -> run(List.of("dibs_meta")))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migrations cannot start: user " + role + " may not create schema \"dibs_meta\" in"
                        + " database \"" + db.name() + "\", where dibs keeps its metadata tables (the first of schemas). GRANT"
                        + " CREATE ON DATABASE " + db.name() + " TO " + role)
                .hasMessageContaining("permission denied for database")
                .hasMessageNotContaining("ConnectionInfo");
    }

    @Test
    void createOnTheSchemaIsEnoughWhenTheSchemaExists() throws Exception {
        db.execute("GRANT CREATE ON SCHEMA public TO " + role);

        MigrationReport report = run(List.of("public"));

        assertThat(report.applied()).isEmpty();
        assertThat(db.hasTable("__dibs_migrations")).isTrue();
        assertThat(db.queryString("SELECT tableowner FROM pg_tables WHERE tablename = '__dibs_migrations'")).isEqualTo(role);
    }
}
