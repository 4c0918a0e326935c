package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.jpa.oracle.SpringImplicitNamingStrategy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.IllegalIdentifierException;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * dibs's ports of Hibernate's naming against Hibernate 7.4.15 itself, for generated names full of
 * what trips a port: acronyms, digits, trailing capitals, dots, underscores, dollars, non-ASCII
 * letters, quoting, characters Hibernate must quote, long names. The implicit names are asked of
 * Hibernate's own {@code ImplicitNamingStrategyJpaCompliantImpl} (and of Spring Boot's rule on top of
 * it) through the same source objects {@link CustomNaming} builds for an application's strategy.
 */
@SuppressWarnings("removal") // CamelCaseToUnderscoresNamingStrategy: to be removed after 7.4, still what Spring Boot sets
class JpaNamingTest {

    private static final List<String> TRICKY = List.of("HTTPServer", "userID", "boxedD", "parentWithAVeryLong",
            "address2Line", "OwnerAddress_SEQ", "Vet_Specialty", "a.b", "fooB", "ÄpfelBaum", "straßeName", "ΣίσυφοςΑΒ",
            "İstanbulCity", "ıI", "_x", "$x", "x$Y", "1abc", "a1B2c3D", "my-table", "two words", "x__Y", "A", "aB", "Ab",
            "ABc", "aBC", "a_B_c", "`Quoted`", "\"Dq\"", "[br]", "``", "\"\"", " padded ", "\tTabbed\n",
            "aVeryLongAttributeNameThatGoesOnAndOnBeyondTheSixtyThreeBytesPostgresKeepsForIt", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉx");

    private static final String CHARS = "aAbBxXyYzZ0129_.$éÉßΣσİı- `\"[]";

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(TRICKY),
                Arbitraries.strings().withChars(CHARS).ofMinLength(1).ofMaxLength(14),
                Arbitraries.strings().withChars("aAbBzZ09").ofMinLength(1).ofMaxLength(90));
    }

    /** Java-identifier-like names, as entity and attribute names are. */
    @Provide
    Arbitrary<String> javaNames() {
        Arbitrary<String> generated = Combinators.combine(
                Arbitraries.strings().withChars("aAbBxXzZéÉΣσ_$").ofLength(1),
                Arbitraries.strings().withChars("aAbBxXzZ0129_$éÉßΣσ").ofMaxLength(20)).as(String::concat);
        return Arbitraries.oneOf(generated, Arbitraries.of("HTTPServer", "userID", "boxedD", "OwnerAddress", "fooB",
                "ÄpfelBaum", "nickNames", "a1B2c3D", "x$Y", "_x"));
    }

    @Provide
    Arbitrary<String> paths() {
        return javaNames().list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
    }

    @Provide
    Arbitrary<JpaName> names() {
        // a quote marker inside a name: Hibernate refuses it (IllegalIdentifierException), so no mapping has one
        return Combinators.combine(texts(), Arbitraries.of(true, false)).as(JpaName::new)
                .filter(n -> !n.text().isEmpty() && !Identifier.isQuoted(n.text())
                        && n.text().chars().noneMatch(c -> c == '`' || c == '"'));
    }

    // physical names

    @Property(tries = 2000)
    void springPhysicalNamesAreHibernatesSnakeCase(@ForAll("names") JpaName logical) {
        Identifier id = new Identifier(logical.text(), logical.quoted());
        for (PhysicalNamingStrategy hibernate : List.of(new PhysicalNamingStrategySnakeCaseImpl(),
                new CamelCaseToUnderscoresNamingStrategy())) {
            assertSame(JpaNaming.spring().physicalTable(logical), hibernate.toPhysicalTableName(id, null));
            assertSame(JpaNaming.spring().physicalColumn(logical), hibernate.toPhysicalColumnName(id, null));
            assertSame(JpaNaming.spring().physicalSequence(logical), hibernate.toPhysicalSequenceName(id, null));
            assertSame(JpaNaming.spring().physicalSchema(logical), hibernate.toPhysicalSchemaName(id, null));
        }
        if (!logical.quoted()) {
            assertThat(HibernateNaming.snakeCase(logical.text()).toLowerCase(java.util.Locale.ROOT))
                    .isEqualTo(new PhysicalNamingStrategySnakeCaseImpl().toPhysicalTableName(id, null).getText());
        }
    }

    @Property(tries = 500)
    void hibernatePhysicalNamesAreTheStandardStrategys(@ForAll("names") JpaName logical) {
        Identifier id = new Identifier(logical.text(), logical.quoted());
        PhysicalNamingStrategy standard = new PhysicalNamingStrategyStandardImpl();
        assertSame(JpaNaming.hibernate().physicalTable(logical), standard.toPhysicalTableName(id, null));
        assertSame(JpaNaming.hibernate().physicalColumn(logical), standard.toPhysicalColumnName(id, null));
        assertSame(JpaNaming.hibernate().physicalSequence(logical), standard.toPhysicalSequenceName(id, null));
    }

    /** Written names, through the physical strategy, as Hibernate reads and converts them end to end. */
    @Property(tries = 2000)
    void writtenNamesReadAndConvertAsHibernates(@ForAll("texts") String written) {
        Identifier id;
        try {
            id = Identifier.toIdentifier(written);
        } catch (IllegalIdentifierException e) {
            // a quote marker inside the name: Hibernate refuses it at boot, so no application maps it
            Assume.that(false);
            return;
        }
        Assume.that(id != null);
        JpaName name = JpaName.written(written);
        assertSame(name, id);
        assertSame(JpaName.of(written), id);
        assertSame(JpaNaming.spring().physicalColumn(name), new PhysicalNamingStrategySnakeCaseImpl()
                .toPhysicalColumnName(id, null));
    }

    @Example
    void namesHibernateCannotWriteBareAreQuoted() {
        assertThat(JpaName.written("my-table")).isEqualTo(new JpaName("my-table", true));
        assertThat(JpaName.written("a.b")).isEqualTo(new JpaName("a.b", true));
        assertThat(JpaName.written("1abc")).isEqualTo(new JpaName("1abc", true));
        assertThat(JpaName.written("[br]")).isEqualTo(new JpaName("br", true));
        assertThat(JpaName.written("x$Y")).isEqualTo(new JpaName("x$Y", false));
        assertThat(JpaNaming.spring().physicalTable(JpaName.written("a.b"))).isEqualTo(new JpaName("a.b", true));
    }

    // hashed names

    @Property(tries = 1000)
    void hashedNamesAreNamingHelpers(@ForAll("names") JpaName table, @ForAll("names") JpaName referenced,
            @ForAll("columnLists") List<JpaName> columns) {
        // the application's Hibernate hashes the platform's bytes; dibs those of UTF-8, every JDK 18+'s default
        NamingHelper helper = NamingHelper.withCharset("UTF-8");
        List<Identifier> ids = columns.stream().map(c -> new Identifier(c.text(), c.quoted())).toList();
        Identifier t = new Identifier(table.text(), table.quoted());
        Identifier r = new Identifier(referenced.text(), referenced.quoted());
        for (JpaNaming naming : List.of(JpaNaming.hibernate(), JpaNaming.spring())) {
            assertThat(naming.foreignKeyName(table, referenced, columns))
                    .isEqualTo(helper.generateHashedFkName("FK", t, r, ids));
            assertThat(naming.uniqueKeyName(table, columns)).isEqualTo(helper.generateHashedConstraintName("UK", t, ids));
            assertThat(naming.indexName(table, columns)).isEqualTo(helper.generateHashedConstraintName("IDX", t, ids));
        }
    }

    @Provide
    Arbitrary<List<JpaName>> columnLists() {
        return names().list().ofMinSize(1).ofMaxSize(4);
    }

    @Example
    void hashedNamesMatchTheResearchsExamples() {
        JpaNaming naming = JpaNaming.hibernate();
        assertThat(naming.foreignKeyName(JpaName.of("pet"), JpaName.of("owner"), List.of(JpaName.of("owner_id"))))
                .isEqualTo(NamingHelper.INSTANCE.generateHashedFkName("FK", Identifier.toIdentifier("pet"),
                        Identifier.toIdentifier("owner"), Identifier.toIdentifier("owner_id")))
                .isEqualTo("FK7qfti9yba86tgfe9oobeqxfxg");
        assertThat(naming.foreignKeyName(JpaName.of("KeyedRef"), JpaName.of("Keyed"),
                List.of(JpaName.of("keyed_b"), JpaName.of("keyed_a")))).isEqualTo("FKhdt7pey4cwfybd785y489b4w2");
    }

    // implicit names

    @Property(tries = 500)
    void implicitNamesAreJpaCompliantOnes(@ForAll("javaNames") String entity, @ForAll("paths") String path,
            @ForAll("names") JpaName referencedColumn, @ForAll("names") JpaName owning,
            @ForAll("names") JpaName nonOwning) throws Exception {
        HibernateBridge bridge = new HibernateBridge(JpaNamingTest.class.getClassLoader());
        JpaNaming hibernates = new CustomNaming(JpaNaming.hibernate(), bridge,
                new ImplicitNamingStrategyJpaCompliantImpl(), new PhysicalNamingStrategyStandardImpl());
        JpaNaming springs = new CustomNaming(JpaNaming.spring(), bridge, new SpringImplicitNamingStrategy(),
                new CamelCaseToUnderscoresNamingStrategy());
        for (JpaNaming[] pair : List.of(new JpaNaming[] {JpaNaming.hibernate(), hibernates},
                new JpaNaming[] {JpaNaming.spring(), springs})) {
            JpaNaming dibs = pair[0];
            JpaNaming hibernate = pair[1];
            List<Object> ours = implicitNames(dibs, entity, path, referencedColumn, owning, nonOwning);
            assertThat(ours).isEqualTo(implicitNames(hibernate, entity, path, referencedColumn, owning, nonOwning));
        }
    }

    private static List<Object> implicitNames(JpaNaming n, String entity, String path, JpaName referencedColumn,
            JpaName owning, JpaName nonOwning) {
        List<Object> names = new ArrayList<>();
        names.add(n.primaryTable(entity));
        names.add(n.basicColumn(path));
        names.add(n.joinColumn(path, entity, referencedColumn));
        names.add(n.joinColumn(null, entity, referencedColumn));
        names.add(n.primaryKeyJoinColumn(referencedColumn));
        names.add(n.joinTable(owning, nonOwning, path));
        names.add(n.collectionTable(entity, path));
        names.add(n.discriminatorColumn());
        names.add(n.mapKeyColumn(path));
        names.add(n.orderColumn(path));
        names.add(n.foreignKeyName(owning, nonOwning, List.of(referencedColumn)));
        names.add(n.indexName(owning, List.of(referencedColumn, nonOwning)));
        names.add(n.uniqueKeyName(owning, List.of(referencedColumn)));
        for (JpaName logical : List.of(owning, referencedColumn)) {
            names.add(n.physicalTable(logical));
            names.add(n.physicalColumn(logical));
            names.add(n.physicalSequence(logical));
            names.add(n.physicalSchema(logical));
        }
        return names;
    }

    private static void assertSame(JpaName dibs, Identifier hibernate) {
        assertThat(dibs).isEqualTo(new JpaName(hibernate.getText(), hibernate.isQuoted()));
    }
}
