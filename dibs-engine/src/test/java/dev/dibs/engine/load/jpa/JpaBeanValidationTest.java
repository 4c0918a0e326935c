package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bean Validation constraints in the DDL: with hibernate-validator on the application's class path,
 * Hibernate writes {@code @NotNull}, {@code @Size}, {@code @Length}, {@code @Min}, {@code @Max} and
 * {@code @Digits} into its tables, and dibs must read the same; without a provider, neither does.
 */
@WithPostgres
class JpaBeanValidationTest {

    /**
     * Every rule once. Not here: two of {@code @Min}/{@code @Max}/{@code @Range} on one column, which
     * Hibernate joins into one check in an order that changes from one run to the next.
     */
    static final String MODEL = """
            package bv;
            import jakarta.persistence.*;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.*;
            import java.math.BigDecimal;
            import java.util.*;
            import org.hibernate.validator.constraints.Length;

            interface Extra { }
            @NotNull @Size(max = 12) @jakarta.validation.Constraint(validatedBy = { })
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface Sku { String message() default "sku"; Class<?>[] groups() default { };
              Class<? extends jakarta.validation.Payload>[] payload() default { }; }
            @org.hibernate.validator.constraints.ConstraintComposition(org.hibernate.validator.constraints.CompositionType.OR)
            @NotNull @Min(3) @jakarta.validation.Constraint(validatedBy = { })
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface NullOrThree { String message() default "n"; Class<?>[] groups() default { };
              Class<? extends jakarta.validation.Payload>[] payload() default { }; }
            enum Level { LOW, HIGH }
            @Embeddable class Address { @NotNull String street; @Size(max = 40) String city; @Min(1) Integer zip; }
            @Embeddable class Geo { @NotNull String lat; @Max(90) Integer deg; }
            @Embeddable class Place { @Valid @NotNull Geo geo; }
            @MappedSuperclass class Audited { @NotNull String createdBy; }
            @Entity class Team { @Id @GeneratedValue Long id; @NotBlank @Size(max = 60) String name; @Valid @Embedded Place spot; }
            @Entity class Player extends Audited {
              @Id @GeneratedValue Long id;
              @NotNull String nick;
              @NotEmpty String email;
              @NotBlank @Column(length = 100) String fullName;
              @Size(min = 2, max = 30) String shortText;
              @Size(max = 50) @Length(max = 40) String twoMax;
              @Length(max = 20) @Column(length = 80) String code;
              @Size(max = 20000000) String huge;
              @Size(max = 10) @Column(columnDefinition = "varchar(100)") String defined;
              @Digits(integer = 3, fraction = 1) @Column(columnDefinition = "numeric(9,4)") BigDecimal definedNumber;
              @Min(0) int age;
              @Max(99) Long points;
              @Max(1) @Min(value = 1, groups = Extra.class) @Enumerated(EnumType.ORDINAL) Level level;
              @Digits(integer = 6, fraction = 2) BigDecimal salary;
              @Digits(integer = 30, fraction = 0) java.math.BigInteger big;
              @Digits(integer = 4, fraction = 0) Integer small;
              @Digits(integer = 7, fraction = 0) Double d7;
              @Digits(integer = 8, fraction = 0) Double d8;
              @Digits(integer = 3, fraction = 0) Float f3;
              @NotNull(groups = Extra.class) @Size(max = 7, groups = Extra.class) String onlyExtra;
              @NotNull(groups = jakarta.validation.groups.Default.class) String defaultGroup;
              @Size(max = 10) Integer sizeOnNumber;
              @NotNull @ManyToOne Team team;
              @Sku String sku;
              @Sku(groups = Extra.class) String extraSku;
              @NullOrThree Integer three;
              @Valid @Embedded Address home;
              @Valid @NotNull @Embedded @AttributeOverrides({@AttributeOverride(name = "street", column = @Column(name = "w_street")),
                  @AttributeOverride(name = "city", column = @Column(name = "w_city")),
                  @AttributeOverride(name = "zip", column = @Column(name = "w_zip"))}) Address work;
              @NotNull @Embedded @AttributeOverrides({@AttributeOverride(name = "street", column = @Column(name = "o_street")),
                  @AttributeOverride(name = "city", column = @Column(name = "o_city")),
                  @AttributeOverride(name = "zip", column = @Column(name = "o_zip"))}) Address other;
              @NotEmpty @ElementCollection Set<String> tags;
              @Valid @NotNull @Embedded Place place;
            }
            @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) class Animal { @Id @GeneratedValue Long id; @NotNull String name; }
            @Entity class Dog extends Animal { @NotNull String breed; @Min(0) int legs; @Size(max = 9) String tag; @NotNull @ManyToOne Team team; }
            @Entity @Inheritance(strategy = InheritanceType.JOINED) class Payment { @Id @Min(1) Long id; @Version @Min(0) Integer version; }
            @Entity class Card extends Payment { @NotNull String number; }
            """;

    static final List<String> ENTITIES = List.of("Animal", "Card", "Dog", "Payment", "Player", "Team");

    /** The jars the model compiles against: JPA, Hibernate, the Bean Validation API and hibernate-validator. */
    static List<Path> jars(boolean provider) {
        List<Path> jars = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.contains("jakarta.persistence-api") || e.contains("hibernate-core") || e.contains("jakarta.validation-api")
                    || provider && e.contains("hibernate-validator")) {
                jars.add(Path.of(e));
            }
        }
        assertThat(jars).hasSize(provider ? 4 : 3);
        return jars;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void appliesBeanValidationAsHibernateDoesWithHibernateValidator(String naming, @TempDir Path dir, TestDatabase db,
                                                                   PostgresServer server) throws Exception {
        String ddl = assertSameAsHibernate(naming, dir, db, server, true);
        // the premise: Hibernate did apply the constraints
        assertThat(ddl).contains("varchar(255) not null", "varchar(60) not null", "check ((age>=0))", "numeric(8,2)",
                "lat varchar(255) not null", "deg integer check ((deg<=90))", "sku varchar(12) not null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void withoutAProviderIgnoresBeanValidationAsHibernateDoes(String naming, @TempDir Path dir, TestDatabase db,
                                                              PostgresServer server) throws Exception {
        String ddl = assertSameAsHibernate(naming, dir, db, server, false);
        assertThat(ddl).doesNotContain("age>=0", "varchar(60)");
    }

    @org.junit.jupiter.api.Test
    void refusesDigitsWithAFractionOnAFloatWhichHibernateCannotCreate(@TempDir Path dir) throws Exception {
        List<Path> scanPath = JavaSources.compile(dir, Map.of("bf/Model.java", """
                package bf;
                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;
                @Entity class Rate { @Id Long id; @Digits(integer = 5, fraction = 2) Double ratio; }
                """), jars(true));
        List<Path> classpath = new ArrayList<>(scanPath);
        classpath.addAll(jars(true));
        assertThatThrownBy(() -> IntentLoader.builder().classpath(classpath).schemas(List.of("public"))
                .jpa(JpaSettings.of("hibernate")).load())
                .hasMessageContaining("bf.Rate.ratio")
                .hasMessageContaining("@Digits(integer = 5, fraction = 2) on a floating point attribute")
                .hasMessageContaining("use BigDecimal");
    }

    /** Hibernate (with or without the provider) creates the model; dibs, with the same class path, must find nothing to do. */
    private static String assertSameAsHibernate(String naming, Path dir, TestDatabase db, PostgresServer server, boolean provider)
            throws Exception {
        List<Path> scanPath = JavaSources.compile(dir, Map.of("bv/Model.java", MODEL), jars(true));
        String ddl = HibernateDdl.create(scanPath.get(0), ENTITIES.stream().map(e -> "bv." + e).toList(),
                naming.equals("spring"), dir, provider);
        Files.createDirectories(Path.of("target", "jpa-hibernate-ddl"));
        Files.writeString(Path.of("target", "jpa-hibernate-ddl", "bv-" + provider + "-" + naming + ".sql"), ddl);
        db.execute(ddl);
        Schema hibernate = Inspector.inspect(db.info(), List.of("public")).schema();

        // the application's class path: its classes and its libraries, the provider among them or not
        List<Path> classpath = new ArrayList<>(List.of(scanPath.get(0)));
        classpath.addAll(jars(provider));
        LoadedSchema dibs = IntentLoader.builder().classpath(classpath).schemas(List.of("public"))
                .jpa(JpaSettings.of(naming)).load();

        assertThat(JpaSchemaReaderTest.describe(dibs.schema())).isEqualTo(JpaSchemaReaderTest.describe(hibernate));
        assertThat(JpaSchemaReaderTest.columnOrder(dibs.schema())).isEqualTo(JpaSchemaReaderTest.columnOrder(hibernate));
        DriftReport drift = DriftDetector.detect(dibs, db.info(), () -> server, PlanOptions.defaults());
        assertThat(drift.plan().changes()).isEmpty();
        assertThat(drift.hasDrift()).isFalse();
        return ddl;
    }
}
