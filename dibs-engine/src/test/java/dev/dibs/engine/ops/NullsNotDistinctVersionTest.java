package dev.dibs.engine.ops;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.notNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code NULLS NOT DISTINCT} needs PostgreSQL 15: from Java, a schema checked on 14 is refused
 * naming the class and the way out before any database is made; from a reference database, a plan
 * for a target on 14 is foretold to fail.
 */
class NullsNotDistinctVersionTest {

    @TempDir
    Path dir;

    /** A server that says it runs 14 and fails the test if dibs asks it for a database. */
    private static final class Fourteen implements PostgresServer {
        @Override public String description() { return "a PostgreSQL 14 for the test"; }
        @Override public int majorVersion() { return 14; }
        @Override public ConnectionInfo admin() { throw new AssertionError("no connection expected"); }
        @Override public ConnectionInfo createDatabase(String prefix) { throw new AssertionError("no scratch database expected"); }
        @Override public void dropDatabase(ConnectionInfo database) { throw new AssertionError("nothing to drop"); }
        @Override public void close() { }
    }

    @Test
    void aJavaSchemaOn14IsRefusedNamingTheClass() {
        LoadedSchema intent = IntentLoader.builder().classpath(TestSchemas.compile(dir, """
                @Table("tags")
                public record Tag(@Pk int id, @Unique(nullsNotDistinct = true) @Nullable String label) {}
                """)).packages(List.of("e")).load();

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, new Fourteen()));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Tag");
            assertThat(p.message()).contains("tags_label_key").contains("nullsNotDistinct = true").contains("PostgreSQL 15")
                    .contains("(PostgreSQL 14)");
            assertThat(p.fix()).contains("drop nullsNotDistinct = true");
        });
    }

    @Test
    void aPlanThatAddsOneIsForetoldToFailOn14Only() {
        Table plain = Models.table("tags").columns(notNull("id", "integer"), col("label", "text")).pk("tags_pkey", "id").build();
        Table withUnique = plain.withUniques(List.of(new UniqueConstraint("tags_label_key", List.of("label"), true, List.of(),
                List.of(), Deferrability.NOT_DEFERRABLE)));

        Plan added = Planner.plan(Models.schema(plain), Models.schema(withUnique), RenameHints.none(), PlanOptions.defaults());
        Plan created = Planner.plan(new Schema(List.of("public"), List.of(), List.of()), Models.schema(withUnique),
                RenameHints.none(), PlanOptions.defaults());

        for (Plan plan : List.of(added, created)) {
            List<String> warnings = PlanBlockers.versionGaps(plan, 14, Models.schema(withUnique));
            assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith("PostgreSQL 14 will refuse")
                    .contains("NULLS NOT DISTINCT of unique tags_label_key needs PostgreSQL 15 or later"));
            assertThat(PlanBlockers.versionGaps(plan, 15, Models.schema(withUnique))).isEmpty();
        }
    }
}
