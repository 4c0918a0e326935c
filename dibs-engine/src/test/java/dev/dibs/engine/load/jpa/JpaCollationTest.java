package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.DriftDetector;
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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column's collation on an entity: Hibernate's {@code @Collate} (a name, which Hibernate quotes after
 * {@code collate}) or dibs's {@code @Column(collation)}, read, created and kept; what cannot be read is
 * refused, never left out.
 */
@WithPostgres
class JpaCollationTest {

    @Test
    void entityColumnsDeclareTheirCollations(@TempDir Path dir, TestDatabase db, PostgresServer server) throws Exception {
        String model = """
                package co;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Collate;
                @Embeddable class Address { @Collate("POSIX") String street; }
                @Entity class Account {
                  @Id Long id;
                  @Collate("C") @Column(nullable = false, unique = true) String handle;
                  @Collate("ucs_basic") String title;
                  @dev.dibs.Column(collation = "C") String code;
                  @Embedded Address address;
                  String plain;
                }
                """;
        List<Path> scanPath = JavaSources.compile(dir, Map.of("co/Model.java", model), JpaSchemaReaderTest.jpaJars());
        LoadedSchema loaded = IntentLoader.builder().classpath(scanPath).schemas(List.of("public")).jpa(JpaSettings.of("spring")).load();

        Table account = loaded.schema().table(new QualifiedName("public", "account")).orElseThrow();
        assertThat(account.columns()).extracting(Column::name, Column::collation).containsExactlyInAnyOrder(
                Tuple.tuple("id", null), Tuple.tuple("handle", Column.builtinCollation("C")),
                Tuple.tuple("title", Column.builtinCollation("ucs_basic")), Tuple.tuple("code", Column.builtinCollation("C")),
                Tuple.tuple("street", Column.builtinCollation("POSIX")), Tuple.tuple("plain", null));

        apply(db, DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults()));
        assertThat(db.queryString("SELECT string_agg(attname || '=' || COALESCE(c.collname, '-'), ', ' ORDER BY attname)"
                + " FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100"
                + " WHERE attrelid = 'account'::regclass AND attnum > 0 AND NOT attisdropped"))
                .isEqualTo("code=C, handle=C, id=-, plain=-, street=POSIX, title=ucs_basic");
        assertThat(DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults()).plan().changes()).isEmpty();

        // a collation changed by hand is drift: the plan puts the declared one back
        db.execute("ALTER TABLE account ALTER COLUMN plain TYPE varchar(255) COLLATE \"C\", ALTER COLUMN handle TYPE varchar(255)");
        DriftReport drift = DriftDetector.detect(loaded, db.info(), () -> server, PlanOptions.defaults());
        assertThat(drift.plan().statements()).extracting(s -> s.sql()).containsExactlyInAnyOrder(
                "ALTER TABLE public.account ALTER COLUMN handle TYPE character varying(255) COLLATE pg_catalog.\"C\""
                        + " USING handle::character varying(255)",
                "ALTER TABLE public.account ALTER COLUMN plain TYPE character varying(255) USING plain::character varying(255)");
    }

    @Test
    void collationsDibsCannotWriteAreRefusedNamingTheMember(@TempDir Path dir) {
        String model = """
                package cx;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Collate;
                @Entity class Tag { @Id Long id; }
                @Entity class Post {
                  @Id Long id;
                  @Collate("\\"C\\"") String quoted;
                  @Collate(" C") String padded;
                  @Collate("C") @dev.dibs.Column(collation = "POSIX") String twice;
                  @ManyToMany @Collate("C") List<Tag> tags;
                  @ManyToOne @dev.dibs.Column(collation = "C") Tag main;
                }
                """.replace("@Entity class Tag", "@Entity class Tag").replace("import org.hibernate", "import java.util.List;\nimport org.hibernate");
        List<Path> scanPath = JavaSources.compile(dir, Map.of("cx/Model.java", model), JpaSchemaReaderTest.jpaJars());
        SchemaValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(scanPath).schemas(List.of("public")).jpa(JpaSettings.of("spring")).load());

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder("cx.Post.quoted", "cx.Post.padded", "cx.Post.twice",
                "cx.Post.tags", "cx.Post.main");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("Hibernate's @Collate(\"\\\"C\\\"\") is written as"
                        + " SQL"))
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("Hibernate's @Collate(\" C\") is no collation name: it is blank or"
                        + " has white space around it."))
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("@Column(collation = \"POSIX\") and Hibernate's @Collate name two"
                        + " collations (POSIX, C)."))
                .anySatisfy(p -> assertThat(p.message()).startsWith("Hibernate's @Collate on an attribute whose columns are in"))
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("dibs's @Column(collation) on a to-one association: dibs reads a"
                        + " collation only on an entity's basic and embedded attributes."));
    }

    /** Two single-table siblings mapping one column: two collations for it are a problem, not the last one winning. */
    @Test
    void siblingsGivingOneColumnTwoCollationsAreAProblem(@TempDir Path dir) {
        String model = """
                package cs;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Collate;
                @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) class Animal { @Id Long id; }
                @Entity class Cat extends Animal { @Collate("C") String nickname; }
                @Entity class Dog extends Animal { @Collate("POSIX") String nickname; }
                """;
        List<Path> scanPath = JavaSources.compile(dir, Map.of("cs/Model.java", model), JpaSchemaReaderTest.jpaJars());
        SchemaValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(scanPath).schemas(List.of("public")).jpa(JpaSettings.of("spring")).load());

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
                .matches("the collation (C|POSIX) on column nickname, which another attribute of .*animal gives the collation"
                        + " (C|POSIX)\\.");
    }

    private static void apply(TestDatabase db, DriftReport report) throws Exception {
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
    }
}
