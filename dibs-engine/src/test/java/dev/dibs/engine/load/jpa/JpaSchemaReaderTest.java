package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SqlDeclaration;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dibs's reading of JPA entities against Hibernate itself: Hibernate 7 writes the DDL for a model,
 * PostgreSQL creates it, and what dibs loads from the same bytecode must describe the same tables,
 * columns, types, nullability and constraint names, and the same sequences.
 */
@WithPostgres
class JpaSchemaReaderTest {

    static final String MODEL = """
            package m;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;

            @Embeddable class Address { String street; String cityName; }
            enum Color { RED, GREEN, BLUE }

            @MappedSuperclass abstract class Base { @Id @GeneratedValue Long id; Instant created; }

            @Entity class OwnerAddress {
              @Id @GeneratedValue Long id;
              String firstName;
              @Column(unique = true) String email;
              @Column(nullable = false, length = 80) String lastName;
              int age; Integer boxedAge; long bigPrim; boolean active; Boolean boxedActive;
              BigDecimal amount; @Column(precision = 10, scale = 3) BigDecimal price;
              Instant createdAt; OffsetDateTime odt; LocalDateTime ldt; LocalDate ld; LocalTime lt; ZonedDateTime zdt;
              UUID uuid; byte[] bytes; @Lob String lobText; @Lob byte[] lobBytes; char ch; Character boxedCh;
              float f; double d; Double boxedD; short s; byte b; Duration dur; java.util.Date utilDate;
              @Temporal(TemporalType.DATE) java.util.Date tempDate;
              @Enumerated(EnumType.STRING) Color colorStr; @Enumerated(EnumType.ORDINAL) Color colorOrd; Color colorDefault;
              @Version Integer version;
              transient String notStored; @Transient String alsoNotStored;
              @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> attrs;
              @Embedded Address home;
              @Embedded @AttributeOverrides({@AttributeOverride(name = "street", column = @Column(name = "work_street")),
                  @AttributeOverride(name = "cityName", column = @Column(name = "workCity"))}) Address work;
              @Column(columnDefinition = "text") String notes;
              @OneToMany(mappedBy = "ownerAddress") List<Pet> pets;
            }

            @Entity @Table(name = "pets", indexes = {@Index(columnList = "petName"), @Index(name = "ix_named", columnList = "birthDate desc, petName")},
                uniqueConstraints = {@UniqueConstraint(columnNames = {"petName", "birthDate"}), @UniqueConstraint(name = "uk_named", columnNames = "code")})
            class Pet {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
              String petName; LocalDate birthDate; String code;
              @ManyToOne OwnerAddress ownerAddress;
              @ManyToOne(optional = false) OwnerAddress requiredOwner;
              @ManyToOne @JoinColumn(nullable = false, name = "vet_ref") Vet vet;
              @ManyToOne @JoinColumn(name = "named_fk_vet", foreignKey = @ForeignKey(name = "fk_pet_vet")) Vet namedVet;
              @OneToOne Vet buddy;
            }

            @Entity class Vet {
              @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vet_gen")
              @SequenceGenerator(name = "vet_gen", sequenceName = "vet_seq_custom", initialValue = 100, allocationSize = 1) Long id;
              @Column(unique = true) String license;
            }
            @Entity class Specialty { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; String name;
              @ManyToOne @JoinColumn(name = "vet_license", referencedColumnName = "license") Vet byLicense; }
            @Entity class TableGen { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }
            @Entity class UuidGen { @Id @GeneratedValue UUID id; }
            @Entity class NoGen { @Id String code; }

            @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) class Animal { @Id @GeneratedValue Long id; String name; }
            @Entity @DiscriminatorValue("C") class Cat extends Animal { boolean indoor; }
            @Entity class Dog extends Animal { int barkVolume; String breed; }

            @Entity @Inheritance(strategy = InheritanceType.JOINED) class Payment { @Id @GeneratedValue Long id; BigDecimal total; }
            @Entity class CardPayment extends Payment { String cardNumber; long expiry; }

            @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) abstract class Vehicle { @Id @GeneratedValue Long id; String maker; }
            @Entity class Car extends Vehicle { int seats; }

            @Entity class Invoice extends Base { String number; @ManyToOne Pet pet; }

            @Embeddable class OrderLineId implements java.io.Serializable { Long orderId; Integer lineNo; }
            @Entity class OrderLine { @EmbeddedId OrderLineId id; int qty; }
            class KeyPk implements java.io.Serializable { String a; String b; }
            @Entity @IdClass(KeyPk.class) class Keyed { @Id String a; @Id String b; String v; }
            @Entity class KeyedRef { @Id Long id; @ManyToOne Keyed keyed; @ManyToOne OrderLine line; }
            """;

    static final List<String> ENTITIES = List.of("Animal", "Car", "CardPayment", "Cat", "Dog", "Invoice", "Keyed", "KeyedRef",
            "NoGen", "OrderLine", "OwnerAddress", "Payment", "Pet", "Specialty", "TableGen", "UuidGen", "Vehicle", "Vet");

    /** The jars of the JPA API and Hibernate's annotations, from the test's own class path. */
    static List<Path> jpaJars() {
        List<Path> jars = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.contains("jakarta.persistence-api") || e.contains("hibernate-core")) {
                jars.add(Path.of(e));
            }
        }
        assertThat(jars).hasSize(2);
        return jars;
    }

    static final String COLLECTIONS = """
            package n;
            import jakarta.persistence.*;
            import java.util.*;

            @Embeddable class Address { String street; String cityName; }
            enum Kind { A, B }

            @Entity class Customer {
              @Id @GeneratedValue Long id;
              @ElementCollection Set<String> nickNames;
              @ElementCollection List<Address> pastAddresses;
              @ElementCollection @OrderColumn List<String> phoneNumbers;
              @ElementCollection Map<String, Integer> scores;
              @ElementCollection @CollectionTable(name = "cust_attr") @MapKeyColumn(name = "k") @Column(name = "v") Map<String, String> attrs;
              @ElementCollection @Enumerated(EnumType.STRING) Set<Kind> kinds;
              @ManyToMany Set<Tag> tags;
              @ManyToMany @JoinTable(name = "cust_bag_tags") List<Tag> bagTags;
              @ManyToMany @JoinTable(name = "cust_label", joinColumns = @JoinColumn(name = "cust"),
                  inverseJoinColumns = @JoinColumn(name = "label")) Set<Tag> labels;
              @OneToMany List<Note> notes;
              @ManyToMany @OrderColumn @JoinTable(name = "cust_ordered_tags") List<Tag> orderedTags;
              @OneToMany @OrderColumn(name = "pos") @JoinTable(name = "cust_ordered_notes") List<Note> orderedNotes;
              @OneToMany @JoinColumn(name = "customer_fk") List<Remark> remarks;
              List<Integer> intList; String[] strArr; float[] floats; Character[] chars;
            }
            @Entity class Tag { @Id @GeneratedValue Long id; String name; @ManyToMany(mappedBy = "tags") Set<Customer> customers; }
            @Entity class Note { @Id @GeneratedValue Long id; String text; }
            @Entity class Remark { @Id @GeneratedValue Long id; String text; }
            @Entity class Profile { @Id Long id; @OneToOne(optional = false) @MapsId Customer customer; String bio; }
            @Entity @Inheritance(strategy = InheritanceType.JOINED) class J1 { @Id @GeneratedValue Long id; String x; }
            @Entity @PrimaryKeyJoinColumn(name = "j2_id") class J2 extends J1 { String y; }
            @Entity class J3 extends J2 { String z; }
            @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
            @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER) @DiscriminatorValue("1")
            class S1 { @Id @GeneratedValue Long id; }
            @Entity @DiscriminatorValue("2") class S2 extends S1 { long n; String s; }
            @Entity @DiscriminatorValue("3") class S3 extends S1 { String s; int m; long k; @Column(nullable = false) String req; }
            @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) class Base2 { @Id @GeneratedValue Long id; }
            @Entity class Sub2 extends Base2 { String x; }
            """;

    static final List<String> COLLECTION_ENTITIES = List.of("Base2", "Customer", "J1", "J2", "J3", "Note", "Profile", "Remark",
            "S1", "S2", "S3", "Sub2", "Tag");

    static final String HIBERNATE_ANNOTATIONS = """
            package p;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import org.hibernate.annotations.ColumnDefault;
            import org.hibernate.annotations.Comment;
            import org.hibernate.annotations.Formula;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.annotations.NaturalId;
            import org.hibernate.type.NumericBooleanConverter;
            import org.hibernate.type.SqlTypes;
            import org.hibernate.type.TrueFalseConverter;
            import org.hibernate.type.YesNoConverter;

            enum Mood { HAPPY, SAD }
            @Converter class Cents implements AttributeConverter<BigDecimal, Long> {
              public Long convertToDatabaseColumn(BigDecimal v) { return null; }
              public BigDecimal convertToEntityAttribute(Long v) { return null; }
            }
            @Converter(autoApply = true) class UriText implements AttributeConverter<java.net.URI, String> {
              public String convertToDatabaseColumn(java.net.URI v) { return v == null ? null : v.toString(); }
              public java.net.URI convertToEntityAttribute(String v) { return v == null ? null : java.net.URI.create(v); }
            }
            @Entity @org.hibernate.annotations.Check(constraints = "qty >= 0") @Comment("what is sold")
            class Item {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
              int qty;
              @Convert(converter = YesNoConverter.class) Boolean yes;
              @Convert(converter = TrueFalseConverter.class) boolean tf;
              @Convert(converter = NumericBooleanConverter.class) Boolean nb;
              @Convert(converter = Cents.class) BigDecimal price;
              Mood mood; java.net.URI link;
              @org.hibernate.annotations.Check(name = "named_ck", constraints = "checked <> ''") String checked;
              @ColumnDefault("'x'") String withDefault;
              @NaturalId String nat;
              @Comment("the code") String code;
              @Column(comment = "a JPA comment") String other;
              @JdbcTypeCode(SqlTypes.LONG32VARCHAR) String longText;
              @Column(secondPrecision = 3) java.time.Instant at;
              @Formula("qty * 2") int doubled;
            }
            """;

    /** Spring PetClinic's model, in its shape: mapped superclasses, a many-to-many join table, bidirectional one-to-many. */
    static final String PETCLINIC = """
            package pc;
            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;
            import java.time.LocalDate;
            import java.util.*;

            @MappedSuperclass class BaseEntity { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id; }
            @MappedSuperclass class NamedEntity extends BaseEntity { @Column(name = "name") String name; }
            @MappedSuperclass class Person extends BaseEntity {
              @Column(name = "first_name") String firstName; @Column(name = "last_name") String lastName; }
            @Entity @Table(name = "owners") class Owner extends Person {
              @Column(name = "address") String address; @Column(name = "city") String city;
              @Column(name = "telephone") String telephone;
              @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER) @JoinColumn(name = "owner_id") @OrderBy("name")
              List<Pet> pets = new ArrayList<>();
            }
            @Entity @Table(name = "pets") class Pet extends NamedEntity {
              @Column(name = "birth_date") LocalDate birthDate;
              @ManyToOne @JoinColumn(name = "type_id") PetType type;
              @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER) @JoinColumn(name = "pet_id") @OrderBy("date ASC")
              Set<Visit> visits = new LinkedHashSet<>();
            }
            @Entity @Table(name = "types") class PetType extends NamedEntity { }
            @Entity @Table(name = "visits") class Visit extends BaseEntity {
              @Column(name = "visit_date") LocalDate date; String description; }
            @Entity @Table(name = "vets") class Vet extends Person {
              @ManyToMany(fetch = FetchType.EAGER) @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
                  inverseJoinColumns = @JoinColumn(name = "specialty_id")) Set<Specialty> specialties;
            }
            @Entity @Table(name = "specialties") class Specialty extends NamedEntity { }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsPetClinicAsHibernateCreatesIt(String naming, @TempDir Path dir, TestDatabase db, PostgresServer server)
            throws Exception {
        assertSameAsHibernate(naming, dir, db, server, "pc", PETCLINIC.replace("import jakarta.validation.constraints.*;\n", ""),
                List.of("Owner", "Pet", "PetType", "Specialty", "Vet", "Visit"));
    }

    static final String PROPERTY_ACCESS = """
            package pa;
            import jakarta.persistence.*;

            @MappedSuperclass abstract class Base {
              private Long key;
              @Id @GeneratedValue public Long getKey() { return key; } public void setKey(Long k) { key = k; }
            }
            @Embeddable class Address {
              private String s; public String getStreet() { return s; } public void setStreet(String v) { s = v; } }
            @Entity class Account extends Base {
              private String displayName; private boolean active; private String cache; private Account parent; private Address a;
              @Embedded public Address getAddress() { return a; } public void setAddress(Address v) { a = v; }
              @Column(nullable = false, length = 50) public String getDisplayName() { return displayName; }
              public void setDisplayName(String n) { displayName = n; }
              public boolean isActive() { return active; } public void setActive(boolean a) { active = a; }
              @Transient public String getCache() { return cache; } public void setCache(String c) { cache = c; }
              @ManyToOne public Account getParent() { return parent; } public void setParent(Account p) { parent = p; }
              public static String getNothing() { return null; }
            }
            @Entity @Access(AccessType.FIELD) class Plain { @Id Long id; String label;
              public String getComputed() { return label + "!"; } }
            """;

    static final String SCHEMAS = """
            package sc;
            import jakarta.persistence.*;
            import java.util.*;

            @Entity @Table(schema = "shop", name = "customer", indexes = @Index(columnList = "email"))
            class Customer {
              @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "g")
              @SequenceGenerator(name = "g", schema = "shop", sequenceName = "cust_seq") Long id;
              String email; @ManyToOne Region region;
              @ElementCollection Set<String> tags;
              @ElementCollection @CollectionTable(schema = "shop") Set<String> notes;
            }
            @Entity class Region { @Id Long id; @Column(name = "`Label`") String label; }
            @Entity @Table(name = "`Quoted`") class QuotedName { @Id Long id; }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void placesTablesAndSequencesInTheirSchemasAsHibernateDoes(String naming, @TempDir Path dir, TestDatabase db,
                                                                PostgresServer server) throws Exception {
        assertSameAsHibernate(naming, dir, db, server, "sc", SCHEMAS, List.of("Customer", "QuotedName", "Region"),
                List.of("public", "shop"));
    }

    /**
     * Named enums: one type per enum, whichever entities (and schemas) use it, named after the enum's
     * simple name whatever the naming, its labels sorted whatever the declaration order and
     * {@code @Enumerated} say, in the default schema even for a table of another one.
     */
    static final String NAMED_ENUMS = """
            package ne;
            import jakarta.persistence.*;
            import java.util.*;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;

            enum OrderStatus { NEW, PAID, CANCELLED, DONE }
            enum Mood { SAD, HAPPY }
            class Outer { enum Level { LOW, HIGH } }

            @Entity @Table(schema = "shop") class ShopOrder {
              @Id Long id;
              @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Enumerated(EnumType.STRING) OrderStatus status;
              @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(nullable = false) Mood mood;
              @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Enumerated(EnumType.ORDINAL) Outer.Level level;
              @ElementCollection @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Enumerated(EnumType.STRING) Set<Mood> moods;
            }
            @Entity class Invoice {
              @Id Long id;
              @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Enumerated(EnumType.STRING) OrderStatus orderStatus;
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsNamedEnumsAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db, PostgresServer server)
            throws Exception {
        DriftReport drift = assertSameAsHibernate(naming, dir, db, server, "ne", NAMED_ENUMS, List.of("Invoice", "ShopOrder"),
                List.of("public", "shop"));
        // the deliberate difference: Hibernate's two implicit casts per type, which dibs does not create;
        // it sees them, as objects it does not manage (notes), not as drift
        assertThat(drift.notManaged()).extracting(n -> n.kind() + " " + n.name() + ": " + n.detail())
                .containsExactlyInAnyOrder(
                        "cast (character varying AS public.level): WITH INOUT AS IMPLICIT",
                        "cast (public.level AS character varying): WITH INOUT AS IMPLICIT",
                        "cast (character varying AS public.mood): WITH INOUT AS IMPLICIT",
                        "cast (public.mood AS character varying): WITH INOUT AS IMPLICIT",
                        "cast (character varying AS public.orderstatus): WITH INOUT AS IMPLICIT",
                        "cast (public.orderstatus AS character varying): WITH INOUT AS IMPLICIT");

        // and dibs builds the same from nothing: its plan on an empty database applies, leaves nothing to
        // do, and gives each type Hibernate's labels in Hibernate's order
        db.execute("DROP SCHEMA shop CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE SCHEMA shop");
        LoadedSchema intent = IntentLoader.builder().classpath(JavaSources.compile(dir.resolve("again"),
                Map.of("ne/Model.java", NAMED_ENUMS), jpaJars())).schemas(List.of("public", "shop")).jpa(JpaSettings.of(naming)).load();
        DriftReport fromEmpty = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        try (java.sql.Connection c = db.connect()) {
            PlanApplier.apply(c, fromEmpty.plan(), "5s", PlanListener.NONE);
        }
        DriftReport again = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        assertThat(again.hasDrift()).as("after%n%s%nstill:%n%s%n%s", fromEmpty.plan().toSql(), again.plan().toSql(),
                again.unreproducible()).isFalse();
        assertThat(db.queryStrings("SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e"
                + " JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'"
                + " GROUP BY t.typname ORDER BY t.typname"))
                .containsExactly("level HIGH,LOW", "mood HAPPY,SAD", "orderstatus CANCELLED,DONE,NEW,PAID");
        assertThat(db.queryStrings("SELECT format_type(a.atttypid, NULL) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND a.attname = 'status'"))
                .containsExactly("orderstatus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void readsPropertyAccessAsHibernateDoes(String naming, @TempDir Path dir, TestDatabase db, PostgresServer server)
            throws Exception {
        assertSameAsHibernate(naming, dir, db, server, "pa", PROPERTY_ACCESS, List.of("Account", "Plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void readsConvertersAndHibernatesOwnAnnotationsAsHibernateDoes(String naming, @TempDir Path dir, TestDatabase db,
                                                                    PostgresServer server) throws Exception {
        // the auto-applied converter is registered as the application's scan registers it
        assertSameAsHibernate(naming, dir, db, server, "p", HIBERNATE_ANNOTATIONS, List.of("Item", "UriText"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsTheModelAsHibernateCreatesIt(String naming, @TempDir Path dir, TestDatabase db, PostgresServer server)
            throws Exception {
        assertSameAsHibernate(naming, dir, db, server, "m", MODEL, ENTITIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsCollectionsDerivedKeysAndInheritanceAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db,
                                                                        PostgresServer server) throws Exception {
        assertSameAsHibernate(naming, dir, db, server, "n", COLLECTIONS, COLLECTION_ENTITIES);
    }

    private static DriftReport assertSameAsHibernate(String naming, Path dir, TestDatabase db, PostgresServer server, String pkg,
                                              String model, List<String> entities) throws Exception {
        return assertSameAsHibernate(naming, dir, db, server, pkg, model, entities, List.of("public"));
    }

    /** Asserts dibs reads the model as Hibernate creates it; the drift report against Hibernate's database, for more. */
    private static DriftReport assertSameAsHibernate(String naming, Path dir, TestDatabase db, PostgresServer server, String pkg,
                                              String model, List<String> entities, List<String> schemas) throws Exception {
        return assertSameAsHibernate(naming, dir, db, server, pkg, model, entities, schemas, true);
    }

    /** {@code columnOrder}: false where Hibernate's own order is not stable (derived keys' columns). */
    static DriftReport assertSameAsHibernate(String naming, Path dir, TestDatabase db, PostgresServer server, String pkg, String model,
                                             List<String> entities, List<String> schemas, boolean columnOrder) throws Exception {
        for (String schema : schemas) {
            db.execute("CREATE SCHEMA IF NOT EXISTS " + schema); // Hibernate creates none
        }
        List<Path> scanPath = JavaSources.compile(dir, Map.of(pkg + "/Model.java", model), jpaJars());
        String ddl = HibernateDdl.create(scanPath.get(0), entities.stream().map(e -> pkg + "." + e).toList(),
                naming.equals("spring"), dir);
        // kept for reading when the comparison fails
        java.nio.file.Files.createDirectories(Path.of("target", "jpa-hibernate-ddl"));
        java.nio.file.Files.writeString(Path.of("target", "jpa-hibernate-ddl", pkg + "-" + naming + ".sql"), ddl);
        db.execute(ddl);
        Schema hibernate = Inspector.inspect(db.info(), schemas).schema();

        LoadedSchema dibs = IntentLoader.builder().classpath(scanPath).schemas(schemas).jpa(JpaSettings.of(naming)).load();

        assertThat(describe(dibs.schema())).isEqualTo(describe(hibernate));
        if (columnOrder) {
            assertThat(columnOrder(dibs.schema())).as("column order").isEqualTo(columnOrder(hibernate));
        }
        assertThat(new TreeSet<>(dibs.declarations().stream().filter(d -> d.kind() == SqlDeclaration.Kind.SEQUENCE)
                .map(SqlDeclaration::object).toList()))
                .isEqualTo(new TreeSet<>(hibernate.sequences().stream().map(s -> s.name().toString()).toList()));
        // each sequence statement is named after the member asking for it, so a failure points there
        assertThat(dibs.declarations().stream().filter(d -> d.kind() == SqlDeclaration.Kind.SEQUENCE))
                .allSatisfy(d -> assertThat(d.file()).startsWith(pkg + ".").endsWith(" (@SequenceGenerator)"));
        // the strongest form: dibs, planning its intent against the database Hibernate created, finds nothing to do
        DriftReport drift = DriftDetector.detect(dibs, db.info(), () -> server, PlanOptions.defaults());
        assertThat(drift.plan().changes()).isEmpty();
        assertThat(drift.hasDrift()).isFalse();
        return drift;
    }

    static String columnOrder(Schema schema) {
        return schema.tables().stream().map(t -> t.name() + " " + t.columns().stream().map(Column::name).toList())
                .collect(Collectors.joining("\n"));
    }

    /** What the comparison is about, one line per fact, so a difference reads as a diff. */
    static String describe(Schema schema) {
        List<String> lines = new ArrayList<>();
        schema.enums().stream().sorted((a, b) -> a.name().toString().compareTo(b.name().toString()))
                .forEach(e -> lines.add("enum " + e.name() + " " + e.labels()));
        for (Table t : schema.tables()) {
            lines.add("table " + t.name());
            for (Column c : t.columns().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
                lines.add("  column " + c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null")
                        + (c.identity().toString().equals("NONE") ? "" : " " + c.identity())
                        + (c.defaultExpression() == null ? "" : " with a default")); // its text: PostgreSQL's, compared by the plan
            }
            if (t.primaryKey() != null) {
                lines.add("  pk " + t.primaryKey().name() + " " + t.primaryKey().columns());
            }
            t.uniques().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                    .forEach((UniqueConstraint u) -> lines.add("  unique " + u.name() + " " + u.columns()));
            t.checks().stream().map(Check::name).sorted().forEach(n -> lines.add("  check " + n));
            t.foreignKeys().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                    .forEach((ForeignKey f) -> lines.add("  fk " + f.name() + " " + f.columns() + " -> " + f.referencedTable()
                            + f.referencedColumns()));
            t.indexes().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                    .forEach((Index i) -> lines.add("  index " + i.name() + " " + i.keys()));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
