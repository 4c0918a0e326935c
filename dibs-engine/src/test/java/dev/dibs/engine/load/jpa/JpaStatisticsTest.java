package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statistics target on an entity's column, which JPA has no word for: dibs's {@code @Column(statistics)}
 * beside JPA's annotations, read, created, and kept against a target set by hand.
 */
@WithPostgres
class JpaStatisticsTest {

    static final String MODEL = """
            package st;
            import jakarta.persistence.*;
            @Embeddable class Address { @dev.dibs.Column(statistics = 50) String street; @dev.dibs.Column(statistics = 20) String city; }
            @Embeddable class Contact { @dev.dibs.Column(statistics = 60) String phone; @ManyToOne @dev.dibs.Column(statistics = 80) Owner agent; }
            @Entity class Owner { @Id @dev.dibs.Column(statistics = 400) Long id; }
            @Entity class Post {
              @Id Long id;
              @Column(name = "tag_string", nullable = false) @dev.dibs.Column(statistics = 3000) String tags;
              @ManyToOne @dev.dibs.Column(statistics = 700) Owner owner;
              @Embedded Address address;
              @Embedded Contact contact;
              @dev.dibs.Column(statistics = 0) String note;
              String plain;
            }
            """;

    @Test
    void entityColumnsDeclareTheirStatisticsTargets(@TempDir Path dir, TestDatabase db, PostgresServer server) throws Exception {
        List<Path> scanPath = JavaSources.compile(dir, Map.of("st/Model.java", MODEL), JpaSchemaReaderTest.jpaJars());
        LoadedSchema loaded = IntentLoader.builder().classpath(scanPath).schemas(List.of("public"))
                .jpa(JpaSettings.of("spring")).load();

        Table post = loaded.schema().table(new QualifiedName("public", "post")).orElseThrow();
        assertThat(post.columns()).extracting(Column::name, Column::statistics).containsExactlyInAnyOrder(
                Tuple.tuple("id", null), Tuple.tuple("tag_string", 3000),
                Tuple.tuple("owner_id", 700), Tuple.tuple("street", 50),
                Tuple.tuple("city", 20), Tuple.tuple("phone", 60), Tuple.tuple("agent_id", 80), Tuple.tuple("note", 0),
                Tuple.tuple("plain", null));
        assertThat(loaded.schema().table(new QualifiedName("public", "owner")).orElseThrow().column("id").orElseThrow()
                .statistics()).isEqualTo(400);

        apply(db, DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults()));
        assertThat(targets(db)).isEqualTo("owner.id=400, post.agent_id=80, post.city=20, post.id=default, post.note=0,"
                + " post.owner_id=700, post.phone=60, post.plain=default, post.street=50, post.tag_string=3000");
        assertThat(DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults()).plan().changes()).isEmpty();

        // a target set by hand on a column that declares none is drift: the plan puts the declared default back
        db.execute("ALTER TABLE post ALTER COLUMN plain SET STATISTICS 1000, ALTER COLUMN tag_string SET STATISTICS 100");
        DriftReport drift = DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults());
        assertThat(drift.plan().statements()).extracting(Statement::sql).containsExactlyInAnyOrder(
                "ALTER TABLE ONLY public.post ALTER COLUMN plain SET STATISTICS -1",
                "ALTER TABLE ONLY public.post ALTER COLUMN tag_string SET STATISTICS 3000");
        apply(db, drift);
        assertThat(targets(db)).contains("post.plain=default", "post.tag_string=3000");
    }

    private static void apply(TestDatabase db, DriftReport report) throws Exception {
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
    }

    private static String targets(TestDatabase db) throws Exception {
        return db.queryString("SELECT string_agg(attrelid::regclass || '.' || attname || '='"
                + " || COALESCE(NULLIF(attstattarget::integer, -1)::text, 'default'), ', ' ORDER BY attrelid::regclass::text, attname)"
                + " FROM pg_attribute WHERE attrelid IN ('post'::regclass, 'owner'::regclass) AND attnum > 0 AND NOT attisdropped");
    }
}
