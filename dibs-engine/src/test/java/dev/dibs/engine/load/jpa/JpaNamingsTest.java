package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.testing.JavaSources;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.source.spi.AttributePath;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JpaNamings#resolve}: the two words, and an application's own strategy classes, compiled here
 * against hibernate-core and run by dibs in its isolated class loader, giving the names Hibernate's own
 * instance of the same class gives; each mistake one Problem naming the parameter.
 */
class JpaNamingsTest {

    private static final String PREFIXED = """
            package com.acme;
            import org.hibernate.boot.model.naming.*;
            import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
            public class Prefixed extends PhysicalNamingStrategySnakeCaseImpl {
                @Override public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment env) {
                    if (name.getText().equals("boom")) throw new IllegalStateException("no boom tables");
                    return Identifier.toIdentifier("t_" + super.toPhysicalTableName(name, env).getText());
                }
            }
            """;

    private static final String JOINS = """
            package com.acme;
            import org.hibernate.boot.model.naming.*;
            import java.util.stream.Collectors;
            public class Joins extends ImplicitNamingStrategyJpaCompliantImpl {
                @Override public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
                    return Identifier.toIdentifier(source.getOwningPhysicalTableName() + "_x_"
                            + source.getAssociationOwningAttributePath().getProperty());
                }
                @Override public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
                    return Identifier.toIdentifier("fk_" + source.getTableName().getText() + "_"
                            + source.getColumnNames().stream().map(Identifier::getText).collect(Collectors.joining("_")));
                }
            }
            """;

    private static final String BROKEN = """
            package com.acme;
            import org.hibernate.boot.model.naming.*;
            public class Broken {
                public static class NotAStrategy { }
                public static class NoDefault extends PhysicalNamingStrategyStandardImpl {
                    public NoDefault(String x) { }
                }
                public static class Throws extends PhysicalNamingStrategyStandardImpl {
                    public Throws() { throw new IllegalStateException("needs Spring"); }
                }
                public abstract static class Abstract extends PhysicalNamingStrategyStandardImpl { }
                public static class ByClassName extends ImplicitNamingStrategyJpaCompliantImpl {
                    @Override public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
                        return Identifier.toIdentifier(source.getEntityNaming().getClassName().replace('.', '_'));
                    }
                }
                public static class ByNature extends ImplicitNamingStrategyJpaCompliantImpl {
                    @Override public Identifier determineJoinColumnName(ImplicitJoinColumnNameSource source) {
                        return Identifier.toIdentifier(source.getNature() + "_" + source.getReferencedColumnName());
                    }
                }
            }
            """;

    private static List<Path> classpath;
    private static ClassLoader hibernates;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<Path> hibernate = testClasspath.stream().filter(p -> !p.toString().contains("dibs-engine")).toList();
        classpath = JavaSources.compile(dir, Map.of("com/acme/Prefixed.java", PREFIXED, "com/acme/Joins.java", JOINS,
                "com/acme/Broken.java", BROKEN), hibernate, "-proc:none");
        // Hibernate's own instances: the same classes, in a loader that shares this test's Hibernate
        hibernates = new URLClassLoader(new URL[] {classpath.get(0).toUri().toURL()}, JpaNamingsTest.class.getClassLoader());
    }

    private static JpaNaming resolve(JpaSettings settings, List<Problem> problems) {
        return JpaNamings.resolve(settings, classpath, problems);
    }

    @Test
    void theTwoWordsAreTheBuiltInNamings() {
        List<Problem> problems = new ArrayList<>();
        assertThat(resolve(JpaSettings.of(" Spring "), problems)).isSameAs(JpaNaming.spring());
        assertThat(resolve(JpaSettings.of("HIBERNATE"), problems)).isSameAs(JpaNaming.hibernate());
        assertThat(resolve(JpaSettings.NONE, problems)).isNull();
        assertThat(problems).isEmpty();
    }

    /** What check finds from the words alone, before a goal connects: the strategy parameters take any class name, a package or none. */
    @Test
    void checkReadsTheParametersAsWrittenWithoutLoadingAnything() {
        assertThat(JpaNamings.check(new JpaSettings("spring", "Naming", "com.acme.db.Physical$Inner"))).isEmpty();
        assertThat(JpaNamings.check(new JpaSettings("com.acme.db.Naming", "", ""))).isEmpty();
        assertThat(JpaNamings.check(new JpaSettings("hibernate", "com.acme..Naming", "a b"))).extracting(Problem::where)
                .containsExactly("jpaImplicitNaming", "jpaPhysicalNaming");
        assertThat(JpaNamings.check(new JpaSettings("com.acme.db.Naming", "com.acme.db.Implicit", ""))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("jpaNaming names the class com.acme.db.Naming, and jpaImplicitNaming"));
        assertThat(JpaNamings.check(JpaSettings.of("snake"))).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("jpaNaming"));
    }

    @Test
    void anotherWordIsOneProblemNamingTheTwo() {
        List<Problem> problems = new ArrayList<>();
        assertThat(resolve(JpaSettings.of("snake"), problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("jpaNaming");
            assertThat(p.toString()).contains("\"snake\"", "spring", "hibernate");
        });
    }

    @Test
    void aCustomPhysicalStrategyGivesHibernatesNames() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("hibernate", "", "com.acme.Prefixed"), problems);
        assertThat(problems).isEmpty();
        PhysicalNamingStrategy own = (PhysicalNamingStrategy) hibernates.loadClass("com.acme.Prefixed")
                .getConstructor().newInstance();
        for (String written : List.of("OwnerAddress", "HTTPServer", "`Quoted`", "pet_type", "my-table")) {
            JpaName name = JpaName.written(written);
            Identifier id = Identifier.toIdentifier(written);
            assertThat(naming.physicalTable(name)).isEqualTo(name(own.toPhysicalTableName(id, null)));
            assertThat(naming.physicalColumn(name)).isEqualTo(name(own.toPhysicalColumnName(id, null)));
            assertThat(naming.physicalSequence(name)).isEqualTo(name(own.toPhysicalSequenceName(id, null)));
            assertThat(naming.physicalSchema(name)).isEqualTo(name(own.toPhysicalSchemaName(id, null)));
        }
        assertThat(naming.physicalTable(JpaName.of("OwnerAddress"))).isEqualTo(JpaName.of("t_owner_address"));
        // the implicit part stays Hibernate's
        assertThat(naming.joinTable(JpaName.of("Vet"), JpaName.of("Specialty"), "specialties"))
                .isEqualTo(JpaName.of("Vet_Specialty"));
        assertThat(naming.description()).contains("hibernate", "com.acme.Prefixed");
    }

    @Test
    void aStrategyClassInJpaNamingStandsOnHibernatesSetup() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming physical = resolve(JpaSettings.of("com.acme.Prefixed"), problems);
        JpaNaming implicit = resolve(JpaSettings.of("com.acme.Joins"), problems);
        assertThat(problems).isEmpty();
        assertThat(physical.physicalTable(JpaName.of("OwnerAddress"))).isEqualTo(JpaName.of("t_owner_address"));
        assertThat(physical.description()).contains("hibernate", "com.acme.Prefixed");
        assertThat(implicit.description()).contains("hibernate", "com.acme.Joins");
        assertThat(implicit.joinTable(JpaName.of("Vet"), JpaName.of("Specialty"), "specialties"))
                .isEqualTo(resolve(new JpaSettings("hibernate", "com.acme.Joins", ""), problems)
                        .joinTable(JpaName.of("Vet"), JpaName.of("Specialty"), "specialties"));

        // a mistake in the class is said of jpaNaming, where it was given
        assertProblem(JpaSettings.of("com.acme.Broken$Abstract"), "jpaNaming (com.acme.Broken$Abstract)", "is abstract");
        assertProblem(new JpaSettings("com.acme.Prefixed", "com.acme.Joins", ""), "jpaNaming", "jpaImplicitNaming names another strategy");

        assertThat(resolve(JpaSettings.of("com.acme.Missing"), problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("jpaNaming");
            assertThat(p.toString()).contains("\"com.acme.Missing\"", "spring", "hibernate", "PhysicalNamingStrategy");
        });
    }

    @Test
    void aCustomImplicitStrategyGivesHibernatesNamesAndKeepsItsBaseClasssOthers() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("spring", "com.acme.Joins", ""), problems);
        assertThat(problems).isEmpty();
        ImplicitNamingStrategy own = (ImplicitNamingStrategy) hibernates.loadClass("com.acme.Joins")
                .getConstructor().newInstance();
        Identifier joinTable = own.determineJoinTableName(new ImplicitJoinTableNameSource() {
            @Override public String getOwningPhysicalTableName() { return "vet"; }
            @Override public org.hibernate.boot.model.naming.EntityNaming getOwningEntityNaming() { return null; }
            @Override public String getNonOwningPhysicalTableName() { return "specialty"; }
            @Override public org.hibernate.boot.model.naming.EntityNaming getNonOwningEntityNaming() { return null; }
            @Override public AttributePath getAssociationOwningAttributePath() { return AttributePath.parse("specialties"); }
            @Override public MetadataBuildingContext getBuildingContext() { return null; }
        });
        assertThat(naming.joinTable(JpaName.of("vet"), JpaName.of("specialty"), "specialties"))
                .isEqualTo(name(joinTable)).isEqualTo(JpaName.of("vet_x_specialties"));
        List<Identifier> columns = List.of(Identifier.toIdentifier("owner_id"), Identifier.toIdentifier("kind"));
        Identifier fk = own.determineForeignKeyName(new ImplicitForeignKeyNameSource() {
            @Override public Identifier getTableName() { return Identifier.toIdentifier("pet"); }
            @Override public Identifier getReferencedTableName() { return Identifier.toIdentifier("owner"); }
            @Override public List<Identifier> getColumnNames() { return columns; }
            @Override public List<Identifier> getReferencedColumnNames() { return List.of(); }
            @Override public Identifier getUserProvidedIdentifier() { return null; }
            @Override public MetadataBuildingContext getBuildingContext() { return null; }
        });
        assertThat(naming.foreignKeyName(JpaName.of("pet"), JpaName.of("owner"),
                List.of(JpaName.of("owner_id"), JpaName.of("kind")))).isEqualTo(fk.getText()).isEqualTo("fk_pet_owner_id_kind");
        // what Joins inherits runs as the JPA-compliant base class, through dibs's building context
        JpaNaming spring = JpaNaming.spring();
        assertThat(naming.primaryTable("OwnerAddress")).isEqualTo(spring.primaryTable("OwnerAddress"));
        assertThat(naming.joinColumn("owner", "Pet", JpaName.of("id"))).isEqualTo(spring.joinColumn("owner", "Pet", JpaName.of("id")));
        assertThat(naming.joinColumn(null, "Pet", JpaName.of("id"))).isEqualTo(JpaName.of("Pet_id"));
        assertThat(naming.collectionTable("Person", "nickNames")).isEqualTo(JpaName.of("Person_nickNames"));
        assertThat(naming.discriminatorColumn()).isEqualTo(JpaName.of("DTYPE"));
        assertThat(naming.orderColumn("lines")).isEqualTo(JpaName.of("lines_ORDER"));
        assertThat(naming.uniqueKeyName(JpaName.of("owner"), List.of(JpaName.of("email"))))
                .isEqualTo("UKkcaoebbgb82ro5cw9nqhw19qb");
        // the physical part stays Spring's
        assertThat(naming.physicalTable(JpaName.of("OwnerAddress"))).isEqualTo(JpaName.of("owner_address"));
    }

    @Test
    void bothCustomStrategiesTogether() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("hibernate", "com.acme.Joins", "com.acme.Prefixed"), problems);
        assertThat(problems).isEmpty();
        JpaName joinTable = naming.joinTable(JpaName.of("Vet"), JpaName.of("Specialty"), "specialties");
        assertThat(joinTable).isEqualTo(JpaName.of("Vet_x_specialties"));
        assertThat(naming.physicalTable(joinTable)).isEqualTo(JpaName.of("t_vet_x_specialties"));
        assertThat(naming.description()).contains("com.acme.Joins", "com.acme.Prefixed");
    }

    @Test
    void aStrategyThatThrowsIsAnErrorNamingTheParameterTheClassAndTheName() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("hibernate", "", "com.acme.Prefixed"), problems);
        assertThatThrownBy(() -> naming.physicalTable(JpaName.of("boom")))
                .isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("jpaPhysicalNaming")
                .hasMessageContaining("com.acme.Prefixed threw java.lang.IllegalStateException (no boom tables)")
                .hasMessageContaining("table boom");
    }

    @Test
    void aStrategyAskingWhatDibsCannotKnowIsAnErrorNotAGuess() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("hibernate", "com.acme.Broken$ByClassName", ""), problems);
        assertThat(problems).isEmpty();
        assertThatThrownBy(() -> naming.primaryTable("Owner"))
                .isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("jpaImplicitNaming")
                .hasMessageContaining("the table of entity Owner")
                .hasMessageContaining("EntityNaming.getClassName()");
    }

    @Test
    void anOverrideBranchingOnWhatDibsIsNotToldIsAnErrorNotAGuess() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = resolve(new JpaSettings("hibernate", "com.acme.Broken$ByNature", ""), problems);
        assertThatThrownBy(() -> naming.joinColumn(null, "Pet", JpaName.of("id")))
                .isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("jpaImplicitNaming")
                .hasMessageContaining("ImplicitJoinColumnNameSource.getNature()");
    }

    @Test
    void eachMistakeInAClassNameIsOneProblem() {
        assertProblem(new JpaSettings("spring", "", "com.acme.Missing"), "jpaPhysicalNaming (com.acme.Missing)",
                "class com.acme.Missing is not on the project's compile class path",
                "spring.jpa.hibernate.naming.physical-strategy");
        assertProblem(new JpaSettings("spring", "com.acme.Broken$NotAStrategy", ""), "jpaImplicitNaming",
                "does not implement org.hibernate.boot.model.naming.ImplicitNamingStrategy");
        assertProblem(new JpaSettings("spring", "", "com.acme.Joins"), "jpaPhysicalNaming",
                "com.acme.Joins does not implement org.hibernate.boot.model.naming.PhysicalNamingStrategy");
        assertProblem(new JpaSettings("spring", "", "com.acme.Broken$NoDefault"), "jpaPhysicalNaming",
                "has no public no-argument constructor", "add a public no-argument constructor");
        assertProblem(new JpaSettings("spring", "", "com.acme.Broken$Throws"), "jpaPhysicalNaming",
                "creating com.acme.Broken$Throws threw java.lang.IllegalStateException (needs Spring)");
        assertProblem(new JpaSettings("spring", "", "com.acme.Broken$Abstract"), "jpaPhysicalNaming", "is abstract");
    }

    @Test
    void withoutHibernateOnTheClassPathTheProblemSaysSo() {
        List<Problem> problems = new ArrayList<>();
        JpaNaming naming = JpaNamings.resolve(new JpaSettings("spring", "", "com.acme.Prefixed"),
                List.of(classpath.get(0)), problems);
        assertThat(naming).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("jpaPhysicalNaming");
            assertThat(p.toString()).contains("hibernate-core is not on the project's class path",
                    "org.hibernate.orm:hibernate-core");
        });
    }

    private static void assertProblem(JpaSettings settings, String where, String... texts) {
        List<Problem> problems = new ArrayList<>();
        assertThat(resolve(settings, problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).startsWith(where);
            assertThat(p.toString()).contains(texts);
        });
    }

    private static JpaName name(Identifier id) {
        return new JpaName(id.getText(), id.isQuoted());
    }
}
