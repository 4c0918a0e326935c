package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dibs says about entity models it must not guess at, and what it reads of dibs's own annotations on them. */
class JpaProblemsTest {

    private static List<Path> compile(Path dir, String source) {
        return JavaSources.compile(dir, Map.of("q/Model.java", source), JpaSchemaReaderTest.jpaJars());
    }

    private static List<Problem> problems(List<Path> scanPath, String naming) {
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(scanPath).jpa(JpaSettings.of(naming)).load());
        assertThat(e).as("the load fails").isNotNull();
        return e.problems();
    }

    @Test
    void entitiesWithoutANamingAreOneProblemNamingTheChoice(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity class Owner { @Id Long id; }
                @Entity class Pet { @Id Long id; }
                """);
        List<Problem> problems = problems(scanPath, "");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).where()).isEqualTo("q.Owner");
        assertThat(problems.get(0).message()).isEqualTo("JPA @Entity classes found (q.Owner and 1 more) but jpaNaming is not set.");
        assertThat(problems.get(0).fix()).startsWith("set jpaNaming to spring (Spring Boot's default naming) or hibernate");
        assertThat(problems(scanPath, "snake").get(0).message()).contains("jpaNaming is \"snake\", which is not a naming dibs knows");
    }

    @Test
    void unmappableMembersAreRefusedEachByName(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                enum Mood { HAPPY }
                @Converter class MoodText implements AttributeConverter<Mood, String> {
                  public String convertToDatabaseColumn(Mood v) { return null; }
                  public Mood convertToEntityAttribute(String v) { return null; }
                }
                @Embeddable class Money { java.math.BigDecimal amount; }
                @Entity @dev.dibs.Table("dup") class Twice { @Id Long id; }
                @Entity class Odd {
                  @Id Long id;
                  Thread thread;
                  @Convert(converter = MoodText.class) Mood mood;
                  @dev.dibs.Unique String code;
                  @Column(columnDefinition = "varchar(10) default 'a'") String cd;
                  @Embedded Money price;
                  @Embedded Money total;
                }
                @Entity class NoKey { String name; }
                @Entity @dev.dibs.Index(columns = "code") class Plain { @Id Long id; String code; }
                @Entity @SecondaryTable(name = "extra") class Split { @Id Long id; @Column(table = "extra") String more;
                  @ManyToOne @JoinTable(name = "split_plain") Plain plain; }
                """);
        List<Problem> problems = problems(scanPath, "spring");
        assertThat(problems).as(problems.toString()).extracting(Problem::where).containsExactlyInAnyOrder("q.Plain", "q.Split", "q.Split.more", "q.Twice", "q.Odd.thread", "q.Odd.mood",
                "q.Odd.code", "q.Odd.cd", "q.Odd.total.amount", "q.NoKey");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.thread");
            assertThat(p.message()).isEqualTo("the type java.lang.Thread has no default Hibernate mapping dibs knows.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.code");
            assertThat(p.fix()).isEqualTo("use @Column(unique = true) instead.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.total.amount");
            assertThat(p.message()).contains("column \"amount\" is also the column of price.amount");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.mood");
            assertThat(p.message()).contains("converts an enum");
        }).anySatisfy(p -> assertThat(p.message()).isEqualTo("the class is both a JPA @Entity and a dibs @Table."));
    }

    @Test
    void reservedWordsHibernateWritesBareAreRefused(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity @Table(name = "order") class Order1 { @Id Long id; String user; @Column(name = "`group`") String grp; String time; }
                """);
        List<Problem> problems = problems(scanPath, "hibernate");
        assertThat(problems).extracting(Problem::where).containsExactly("q.Order1", "q.Order1.user");
        assertThat(problems.get(0).message()).isEqualTo("the table name order is a PostgreSQL keyword, and Hibernate writes it"
                + " unquoted, so its own DDL for this mapping fails.");
    }

    @Test
    void twoCollectionsOnOneTableAreRefused(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                import java.util.*;
                @Entity class Tag { @Id Long id; }
                @Entity class Post { @Id Long id; @ManyToMany Set<Tag> tags; @ManyToMany List<Tag> moreTags; }
                """);
        List<Problem> problems = problems(scanPath, "hibernate");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("q.Post.moreTags");
            assertThat(p.message()).contains("public.post_tag is also the table of q.Post");
        });
    }

    @Test
    void dibsAnnotationsJpaHasAWordForAreRefusedNamingJpas(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity class Owner { @Id Long id; }
                @Entity class Pet {
                  @Id @dev.dibs.Pk Long id;
                  @dev.dibs.Column(name = "pet_name") String name;
                  @dev.dibs.References("owner.id") Long ownerId;
                  @dev.dibs.Identity Long serial;
                }
                """);
        List<Problem> problems = problems(scanPath, "hibernate");
        assertThat(problems).extracting(Problem::where)
                .containsExactlyInAnyOrder("q.Pet.id", "q.Pet.name", "q.Pet.ownerId", "q.Pet.serial");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Pet.name");
            assertThat(p.message()).startsWith("dibs's @Column(name) on a JPA entity member: JPA's annotations describe entity"
                    + " columns; on an entity, dibs's @Column says only statistics and collation.");
            assertThat(p.fix()).isEqualTo("use @jakarta.persistence.Column(name, columnDefinition) for the column, and keep only"
                    + " statistics and collation in @dev.dibs.Column.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Pet.ownerId");
            assertThat(p.fix()).contains("@ManyToOne with @JoinColumn");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Pet.serial");
            assertThat(p.fix()).contains("@GeneratedValue(strategy = IDENTITY)");
        });
    }

    /** dibs's @Column on an entity says a statistics target and nothing else, and only where the column is the entity's own. */
    @Test
    void statisticsTargetsOnEntitiesAreCheckedAndRefusedWhereNotRead(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Embeddable class Address { @dev.dibs.Column(name = "road") String street; }
                @Embeddable class Point { @dev.dibs.Column(statistics = 10) Integer x; }
                @Embeddable class Place { @dev.dibs.Column(statistics = 10) Point point; }
                @Entity class Tag { @Id Long id; @OneToOne(mappedBy = "tag") @dev.dibs.Column(statistics = 10) Post post; }
                @Entity class Post {
                  @Id Long id;
                  @dev.dibs.Column(statistics = 20000) String body;
                  @dev.dibs.Column(type = "text", statistics = 10) String title;
                  @Embedded Address address;
                  @Embedded @dev.dibs.Column(statistics = 10) Place place;
                  @ElementCollection @dev.dibs.Column(statistics = 10) java.util.List<String> labels;
                  @ElementCollection java.util.List<Point> points;
                  @ManyToMany @dev.dibs.Column(statistics = 10) java.util.Set<Tag> tags;
                  @OneToOne Tag tag;
                }
                """);
        List<Problem> problems = problems(scanPath, "spring");
        assertThat(problems).as(problems.toString()).extracting(Problem::where)
                .containsExactlyInAnyOrder("q.Post.body", "q.Post.title", "q.Post.address.street", "q.Post.place",
                        "q.Post.place.point", "q.Post.labels", "q.Post.points.x", "q.Post.tags", "q.Tag.post");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.body");
            assertThat(p.message()).isEqualTo("@Column(statistics = 20000) is no statistics target: PostgreSQL takes 0 (no"
                    + " statistics) to 10000.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.title");
            assertThat(p.message()).startsWith("dibs's @Column(type) on a JPA entity member");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.address.street");
            assertThat(p.message()).startsWith("dibs's @Column(name) on a JPA entity member");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.labels");
            assertThat(p.message()).isEqualTo("dibs's @Column(statistics) on an attribute whose columns are in another table"
                    + " (a collection, a join table, the other entity's table): dibs sets statistics targets only on an"
                    + " entity's basic, embedded and to-one attributes.");
            assertThat(p.fix()).isEqualTo("remove @dev.dibs.Column from this attribute.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.place.point"); // an embedded value inside an embeddable
            assertThat(p.message()).isEqualTo("dibs's @Column on an embedded value: its columns are the fields of Point.");
            assertThat(p.fix()).isEqualTo("put @dev.dibs.Column(statistics = …) on those fields.");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Post.points.x");
            assertThat(p.message()).startsWith("dibs's @Column(statistics) on the field of a collection's element:");
        }).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Tag.post");
            assertThat(p.message()).startsWith("dibs's @Column(statistics) on a to-one without a join column of its own");
        });
    }

    @Test
    void sqlTextInEntityAnnotationsIsCheckedBeforeAnythingRuns(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity @org.hibernate.annotations.Check(constraints = "1 = 1); DROP TABLE victims; --")
                class Pet {
                  @Id Long id;
                  @org.hibernate.annotations.ColumnDefault("'x'); DROP TABLE victims; --") String name;
                  @Column(columnDefinition = "text; DROP TABLE victims") String note;
                }
                """);
        List<Problem> problems = problems(scanPath, "hibernate");
        assertThat(problems).extracting(Problem::where).contains("q.Pet", "q.Pet.name", "q.Pet.note");
        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p.message()).containsAnyOf(
                "is not one SQL expression", "holds more than a column type"));
    }

    @Test
    void dibsRenamesAndChecksMixIn(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity @dev.dibs.RenamedFrom("owners") @dev.dibs.Check("first_name <> last_name")
                @dev.dibs.Check(value = "visits >= 0", validate = false)
                @dev.dibs.Index(columns = "lastName", where = "last_name IS NOT NULL")
                class Person { @Id Long id; @dev.dibs.RenamedFrom("given_name") String firstName; String lastName;
                  @dev.dibs.Default("0") Integer visits; }
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(scanPath).jpa(JpaSettings.of("spring")).load();
        QualifiedName person = new QualifiedName("public", "person");
        assertThat(loaded.renames().tables()).containsExactly(new RenameHints.TableRename(person, "owners"));
        assertThat(loaded.renames().columns()).containsExactly(new RenameHints.ColumnRename(person, "first_name", "given_name"));
        var table = loaded.schema().table(person).orElseThrow();
        assertThat(table.checks()).satisfiesExactlyInAnyOrder(
                c -> assertThat(c).extracting(Check::name, Check::validated).containsExactly("person_check", true),
                c -> assertThat(c).extracting(Check::name, Check::validated).containsExactly("person_visits_check", false));
        assertThat(table.column("visits").orElseThrow().defaultExpression()).isEqualTo("0");
        assertThat(table.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("person_last_name_idx");
            assertThat(i.predicate()).isEqualTo("last_name IS NOT NULL");
        });
    }

    @Test
    void javaxEntitiesAreReadAsTheirJakartaTwins(@TempDir Path dir) {
        String model = """
                package q;
                import PKG.persistence.*;
                @Entity class Owner { @Id @GeneratedValue Long id; @Column(nullable = false, length = 40) String lastName; }
                @Entity class Pet { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; @ManyToOne Owner owner; }
                """;
        // javax.persistence is not on the test's class path: the annotations as the javax API declares them
        Map<String, String> javax = Map.of(
                "javax/persistence/Entity.java", "package javax.persistence; public @interface Entity { String name() default \"\"; }",
                "javax/persistence/Id.java", "package javax.persistence; public @interface Id { }",
                "javax/persistence/ManyToOne.java", "package javax.persistence; public @interface ManyToOne { boolean optional() default true; }",
                "javax/persistence/GenerationType.java", "package javax.persistence; public enum GenerationType { TABLE, SEQUENCE, IDENTITY, AUTO }",
                "javax/persistence/GeneratedValue.java", "package javax.persistence; public @interface GeneratedValue {"
                        + " GenerationType strategy() default GenerationType.AUTO; String generator() default \"\"; }",
                "javax/persistence/Column.java", "package javax.persistence; public @interface Column { String name() default \"\";"
                        + " boolean nullable() default true; int length() default 255; }",
                "q/Model.java", model.replace("PKG", "javax"));
        List<Path> javaxPath = JavaSources.compile(dir.resolve("javax"), javax);
        List<Path> jakartaPath = compile(dir.resolve("jakarta"), model.replace("PKG", "jakarta"));
        for (String naming : List.of("hibernate", "spring")) {
            LoadedSchema fromJavax = IntentLoader.builder().classpath(javaxPath).packages(List.of("q")).jpa(JpaSettings.of(naming))
                    .load();
            LoadedSchema fromJakarta = IntentLoader.builder().classpath(jakartaPath).jpa(JpaSettings.of(naming)).load();
            assertThat(fromJavax.schema().tables()).hasSize(2).isEqualTo(fromJakarta.schema().tables());
            assertThat(fromJavax.declarations()).extracting(d -> d.sql()).isEqualTo(fromJakarta.declarations().stream()
                    .map(d -> d.sql()).toList());
        }
    }

    @Test
    void entitiesCountAsClassesFoundForTheEmptySchemaWarning(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity class Owner { @Id Long id; }
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(scanPath).packages(List.of("q")).jpa(JpaSettings.of("hibernate"))
                .load();
        assertThat(loaded.warnings()).noneMatch(w -> w.contains("no @Table classes found"));
        assertThat(loaded.schema().tables()).hasSize(1);
    }

    @Test
    void namedEnumsHibernateCouldNotCreateAreRefusedEachByName(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                import org.hibernate.annotations.JdbcTypeCode;
                import org.hibernate.type.SqlTypes;
                enum Mood { HAPPY, SAD }
                enum Order { NEW }
                class Other { enum Mood { UP, DOWN } }
                @Entity class Odd {
                  @Id Long id;
                  @JdbcTypeCode(SqlTypes.NAMED_ENUM) Mood mood;
                  @JdbcTypeCode(SqlTypes.NAMED_ENUM) Mood[] moods;
                  @JdbcTypeCode(SqlTypes.NAMED_ENUM) String text;
                  @JdbcTypeCode(SqlTypes.NAMED_ENUM) Order order1;
                  @JdbcTypeCode(SqlTypes.NAMED_ENUM) Other.Mood otherMood;
                }
                """);
        List<Problem> problems = problems(scanPath, "hibernate");
        assertThat(problems).as(problems.toString()).extracting(Problem::where)
                .containsExactlyInAnyOrder("q.Odd.moods", "q.Odd.text", "q.Odd.order1", "q.Odd.otherMood");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.moods");
            assertThat(p.message()).startsWith("@JdbcTypeCode(SqlTypes.NAMED_ENUM) is on a q.Mood[], not on a single Java enum");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.order1");
            assertThat(p.message()).isEqualTo("the enum q.Order becomes the PostgreSQL type order, a keyword Hibernate writes"
                    + " unquoted in create type, so its own DDL fails.");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("q.Odd.otherMood");
            assertThat(p.message()).startsWith("the enums q.Mood and q.Other.Mood both become the PostgreSQL type mood");
            assertThat(p.fix()).isEqualTo("rename one of the enums, or map one with @Enumerated(STRING).");
        });
    }

    /**
     * A unique key a JPA mapping repeats is left out as Hibernate's own schema leaves it: one on the
     * primary key's columns, and of two on the same columns the one not named explicitly (dibs's own
     * annotations are refused for it: RepeatedKeysAgainstPostgresTest).
     */
    @Test
    void uniqueKeysAMappingRepeatsAreLeftOutAsHibernateDoes(@TempDir Path dir) {
        List<Path> scanPath = compile(dir, """
                package q;
                import jakarta.persistence.*;
                @Entity @Table(name = "accounts", uniqueConstraints = {@UniqueConstraint(columnNames = "id"),
                    @UniqueConstraint(name = "uk_email", columnNames = "email"), @UniqueConstraint(columnNames = {"handle", "email"})})
                class Account { @Id Long id; @Column(unique = true) String email; @Column(unique = true) String code; String handle; }
                """);
        dev.dibs.engine.model.Table t = IntentLoader.builder().classpath(scanPath).jpa(JpaSettings.of("spring")).load().schema()
                .tables().get(0);

        assertThat(t.uniques()).extracting(u -> u.name() + " " + u.columns()).containsExactlyInAnyOrder(
                "uk_email [email]", "accounts_code_key [code]", "accounts_handle_email_key [handle, email]");
    }
}
