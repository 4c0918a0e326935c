package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.JavaSources;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names Hibernate's binder finishes after the strategies (quoting carried over from a quoted
 * table or column, logical table names in join tables, names Hibernate must quote), read from the
 * metadata Hibernate 7.4.15 itself builds for a small model (no database), against dibs's naming.
 */
@SuppressWarnings("removal") // CamelCaseToUnderscoresNamingStrategy: to be removed after 7.4, still what Spring Boot sets
class JpaNamingBinderTest {

    private static final String MODEL = """
            package q;
            import jakarta.persistence.*;
            import java.util.*;
            @Entity @Table(name = "`Vet`") class Vet { @Id Long id; @ManyToMany Set<Specialty> specialties;
                @ElementCollection List<String> vetNicks; @Column(name = "a.b") String dotted; @Column(name = "my-col") String dashed; }
            @Entity @Table(name = "SpecTable") class Specialty { @Id Long id; @ManyToMany Set<Pet> specPets; }
            @Entity class Owner { @Id @Column(name = "`OwnerId`") Long id; @ElementCollection List<String> nickNames;
                @ElementCollection Map<String, String> attrs; @ElementCollection @OrderColumn List<String> ordered; }
            @Entity class Animal { @Id Long id; }
            @Entity class Dog extends Animal { String barkVolume; }
            @Entity @Inheritance(strategy = InheritanceType.JOINED) @Table(name = "`Shape`") class Shape { @Id Long id; }
            @Entity class Circle extends Shape { double radiusCm; }
            @Entity @Table(name = "PetTable") class Pet { @Id Long id; @ManyToMany Set<Vet> vets; @ManyToOne Owner owner; }
            @Entity @Table(name = "my-table") class Dashed { @Id Long id; }
            """;

    private static final List<String> ENTITIES = List.of("Vet", "Specialty", "Owner", "Pet", "Dashed", "Animal", "Dog",
            "Shape", "Circle");

    @Test
    void binderNamesAreDibss(@TempDir Path dir) throws Exception {
        List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<Path> compiled = JavaSources.compile(dir, Map.of("q/Model.java", MODEL), testClasspath, "-proc:none");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.get(0).toUri().toURL()},
                JpaNamingBinderTest.class.getClassLoader())) {
            for (JpaNaming naming : List.of(JpaNaming.hibernate(), JpaNaming.spring())) {
                Map<String, List<String>> hibernate = tables(loader, naming == JpaNaming.spring());
                assertThat(hibernate).isEqualTo(dibs(naming));
            }
        }
    }

    /**
     * Every foreign key Hibernate names in the same model: its hashed name from the PHYSICAL names
     * (quoted ones in backticks, case kept), as dibs's naming computes it from the same names.
     */
    @Test
    void foreignKeyNamesAreHibernates(@TempDir Path dir) throws Exception {
        List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<Path> compiled = JavaSources.compile(dir, Map.of("q/Model.java", MODEL), testClasspath, "-proc:none");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.get(0).toUri().toURL()},
                JpaNamingBinderTest.class.getClassLoader())) {
            for (JpaNaming naming : List.of(JpaNaming.hibernate(), JpaNaming.spring())) {
                Metadata metadata = metadata(loader, naming == JpaNaming.spring());
                int count = 0;
                for (Table table : metadata.collectTableMappings()) {
                    for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
                        List<JpaName> columns = fk.getColumns().stream().map(c -> new JpaName(c.getName(), c.isQuoted()))
                                .toList();
                        assertThat(naming.foreignKeyName(name(table), name(fk.getReferencedTable()), columns))
                                .as(fk.toString()).isEqualTo(fk.getName());
                        count++;
                    }
                }
                assertThat(count).isGreaterThan(10);
            }
        }
    }

    private static JpaName name(Table table) {
        return new JpaName(table.getNameIdentifier().getText(), table.getNameIdentifier().isQuoted());
    }

    /** The tables dibs's naming gives, each with its columns (quoted ones in backticks). */
    private static Map<String, List<String>> dibs(JpaNaming n) {
        JpaName vet = JpaName.written("`Vet`");
        JpaName spec = JpaName.written("SpecTable");
        JpaName owner = n.primaryTable("Owner");
        JpaName pet = JpaName.written("PetTable");
        JpaName id = JpaName.of("id");
        JpaName ownerId = JpaName.written("`OwnerId`");
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put(table(n, vet), columns(n, id, JpaName.written("a.b"), JpaName.written("my-col")));
        t.put(table(n, n.joinTable(vet, spec, "specialties")), columns(n, n.joinColumn(null, "Vet", vet, id),
                n.joinColumn("specialties", "Vet", spec, id)));
        t.put(table(n, n.collectionTable(vet, "Vet", "vetNicks")), columns(n, n.joinColumn(null, "Vet", vet, id),
                n.basicColumn("vetNicks")));
        t.put(table(n, spec), columns(n, id));
        t.put(table(n, n.joinTable(spec, pet, "specPets")), columns(n, n.joinColumn(null, "Specialty", spec, id),
                n.joinColumn("specPets", "Specialty", pet, id)));
        t.put(table(n, owner), columns(n, ownerId));
        t.put(table(n, n.collectionTable(owner, "Owner", "nickNames")), columns(n,
                n.joinColumn(null, "Owner", owner, ownerId), n.basicColumn("nickNames")));
        t.put(table(n, pet), columns(n, id, n.joinColumn("owner", "Pet", owner, ownerId)));
        t.put(table(n, n.joinTable(pet, vet, "vets")), columns(n, n.joinColumn(null, "Pet", pet, id),
                n.joinColumn("vets", "Pet", vet, id)));
        t.put(table(n, JpaName.written("my-table")), columns(n, id));
        t.put(table(n, n.collectionTable(owner, "Owner", "attrs")), columns(n, n.joinColumn(null, "Owner", owner, ownerId),
                n.basicColumn("attrs"), n.mapKeyColumn("attrs")));
        t.put(table(n, n.collectionTable(owner, "Owner", "ordered")), columns(n,
                n.joinColumn(null, "Owner", owner, ownerId), n.basicColumn("ordered"), n.orderColumn("ordered")));
        t.put(table(n, n.primaryTable("Animal")), columns(n, id, n.discriminatorColumn(), n.basicColumn("barkVolume")));
        JpaName shape = JpaName.written("`Shape`");
        t.put(table(n, shape), columns(n, id));
        t.put(table(n, n.primaryTable("Circle")), columns(n, n.primaryKeyJoinColumn(shape, id), n.basicColumn("radiusCm")));
        return sorted(t);
    }

    private static String table(JpaNaming n, JpaName logical) {
        return n.physicalTable(logical).toString();
    }

    private static List<String> columns(JpaNaming n, JpaName... logical) {
        return Arrays.stream(logical).map(c -> n.physicalColumn(c).toString()).sorted().toList();
    }

    private static Map<String, List<String>> tables(ClassLoader loader, boolean spring) throws Exception {
        Metadata metadata = metadata(loader, spring);
        Map<String, List<String>> t = new LinkedHashMap<>();
        for (Table table : metadata.collectTableMappings()) {
            t.put(table.getNameIdentifier().toString(), table.getColumns().stream()
                    .map(c -> c.isQuoted() ? "`" + c.getName() + "`" : c.getName()).sorted().toList());
        }
        return sorted(t);
    }

    private static Metadata metadata(ClassLoader loader, boolean spring) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("jakarta.persistence.validation.mode", "none")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String e : ENTITIES) {
                sources.addAnnotatedClass(Class.forName("q." + e, false, loader));
            }
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (spring) {
                builder.applyImplicitNamingStrategy(new dev.dibs.engine.load.jpa.oracle.SpringImplicitNamingStrategy());
                builder.applyPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            } else {
                builder.applyImplicitNamingStrategy(new ImplicitNamingStrategyJpaCompliantImpl());
                builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategyStandardImpl());
            }
            return builder.build();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> t) {
        Map<String, List<String>> s = new java.util.TreeMap<>(t);
        return s;
    }
}
