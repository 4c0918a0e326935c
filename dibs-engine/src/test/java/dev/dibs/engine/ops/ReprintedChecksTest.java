package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check PostgreSQL does not read back as it prints it: {@code status in ('NEW','PAID')} over a
 * varchar column prints as {@code ((status)::text = ANY ((ARRAY['NEW'::character varying, …])::text[]))},
 * which, written again, is stored otherwise. What dibs writes must converge, and a database created
 * from the author's text (by Hibernate, say) must match without a change.
 */
@WithPostgres
class ReprintedChecksTest {

    @TempDir
    Path dir;

    private LoadedSchema load() {
        List<Path> classpath = JavaSources.compile(dir, Map.of("r/Order.java", """
                package r;
                import dev.dibs.*;
                @Table("orders") @Check(name = "orders_status_check", value = "status in ('NEW','PAID')")
                public record Order(@Pk long id, @Column(type = "varchar(20)") String status) {}
                """));
        return IntentLoader.builder().classpath(classpath).packages(List.of("r")).load();
    }

    /**
     * The check declared {@code validate = false}, the database's validated (as Hibernate made it),
     * while the plan adds another check (so the desired checks are re-printed): the database's is
     * kept, never dropped and added again {@code NOT VALID} for the re-printed words.
     */
    @Test
    void aValidatedCheckSatisfiesTheSameDeclaredNotValidWhenTheChecksAreReprinted(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute("CREATE TABLE orders (id bigint NOT NULL, status varchar(20) NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (id),"
                + " CONSTRAINT orders_status_check CHECK (status in ('NEW','PAID')))");
        List<Path> classpath = JavaSources.compile(dir, Map.of("r/Order.java", """
                package r;
                import dev.dibs.*;
                @Table("orders") @Check(name = "orders_status_check", value = "status in ('NEW','PAID')", validate = false)
                public record Order(@Pk long id, @Column(type = "varchar(20)") String status) {}
                """, "r/Item.java", """
                package r;
                import dev.dibs.*;
                @Table("items") @Check("qty > 0")
                public record Item(@Pk long id, int qty) {}
                """));
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("r")).load();

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());

        assertThat(report.plan().toSql()).contains("CREATE TABLE public.items").doesNotContain("orders_status_check");
        assertThat(report.unreproducible()).isEmpty();
    }

    @Test
    void whatDibsWritesConverges(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load();
        DriftReport first = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, first.plan(), null, PlanListener.NONE);
        }

        DriftReport again = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());

        assertThat(again.plan().changes()).isEmpty();
        assertThat(again.unreproducible()).isEmpty();
        assertThat(again.hasDrift()).isFalse();
    }

    @Test
    void aDatabaseCreatedFromTheAuthorsTextMatches(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE orders (id bigint NOT NULL, status varchar(20) NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (id),"
                + " CONSTRAINT orders_status_check CHECK (status in ('NEW','PAID')))");

        DriftReport report = DriftDetector.detect(load(), db.info(), () -> server, PlanOptions.defaults());

        assertThat(report.plan().changes()).isEmpty();
        assertThat(report.hasDrift()).isFalse();
    }
}
