package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.postgres.EmbeddedBinaries;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class CanonicalizerTest {

    @TempDir
    Path dir;

    private LoadedSchema load(String... types) {
        return IntentLoader.builder().classpath(TestSchemas.compile(dir, types)).packages(List.of("e")).load();
    }

    @Test
    void printsExpressionsAsTheCatalogDoes(PostgresServer server) {
        Schema schema = Canonicalizer.canonicalize(load("""
                @Table("orders")
                @Check("price >= 0")
                @Index(columns = "(lower(kind))", where = "status <> 'DONE'")
                public record Order(@Pk long id, @Column(type = "numeric(10,2)") java.math.BigDecimal price,
                    @Default("'PENDING'") Status status, String kind) {}
                """, "public enum Status { PENDING, DONE }"), server);
        Table orders = schema.table(new QualifiedName("public", "orders")).orElseThrow();
        assertThat(orders.checks().get(0).expression()).isEqualTo("(price >= (0)::numeric)");
        assertThat(orders.column("status").orElseThrow().defaultExpression()).isEqualTo("'PENDING'::public.status");
        assertThat(orders.indexes().get(0).keys().get(0).expression()).isEqualTo("lower(kind)");
        assertThat(orders.indexes().get(0).predicate()).isEqualTo("(status <> 'DONE'::public.status)");
    }

    @Test
    void invalidExpressionsNameTheirAnnotationsAllAtOnce(PostgresServer server) {
        LoadedSchema intent = load("""
                @Table("orders")
                @Check("pryce >= 0")
                public record Order(@Pk long id, int price, @Default("nowww()") java.time.Instant createdAt) {}
                """);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server));
        assertThat(e.problems()).extracting(Problem::where)
                .containsExactly("e.Order.createdAt @Default(\"nowww()\")", "e.Order @Check(\"pryce >= 0\")");
        assertThat(e.problems().get(0).message()).contains("function nowww() does not exist");
        assertThat(e.problems().get(1).message()).contains("column \"pryce\" does not exist");
        assertThat(e.problems()).extracting(Problem::fix).containsOnly("correct the SQL in the annotation.");
    }

    @Test
    void leavesNoScratchDatabaseBehind(PostgresServer server, TestDatabase db) throws Exception {
        Canonicalizer.canonicalize(load("@Table(\"t\") public record T(@Pk long id) {}"), server);
        assertThat(db.queryStrings("SELECT datname FROM pg_database WHERE datname LIKE 'dibs_scratch%'")).isEmpty();
    }

    @Test
    void neverUsesTheTargetServerEvenWhenItsUserMayCreateDatabases(TestDatabase db, PostgresServer shared) throws Exception {
        List<Integer> asked = new ArrayList<>();
        try (ScratchServers.Choice choice = ScratchServers.forTarget(db.info(), major -> {
            asked.add(major);
            return PostgresServers.existing(shared.admin());
        })) {
            assertThat(asked).as("the scratch server is always the embedded one, of the target's version")
                    .containsExactly(shared.majorVersion());
            assertThat(choice.note()).isNull();
            assertThat(Canonicalizer.canonicalize(load("@Table(\"t\") public record T(@Pk long id) {}"), choice.server())
                    .tables()).hasSize(1);
        }
    }

    @Test
    void asksForTheNearestVersionItCanEmbed() {
        assertThat(EmbeddedBinaries.nearestSupported(12)).isEqualTo(14);
        assertThat(EmbeddedBinaries.nearestSupported(16)).isEqualTo(16);
        assertThat(EmbeddedBinaries.nearestSupported(19)).isEqualTo(18);
    }
}
