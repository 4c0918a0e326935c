package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys that associations give (derived identifiers), ordered one-to-many lists kept in the target's
 * table, and the other mappings the corpus models use, against the DDL Hibernate 7 writes for them.
 */
@WithPostgres
class JpaDerivedMappingsTest {

    static final String DERIVED = """
            package d;
            import jakarta.persistence.*;
            import java.util.*;

            @Embeddable class EnrollmentId implements java.io.Serializable { Long studentId; Long courseId; }
            @Entity class Student { @Id @GeneratedValue Long id; }
            @Entity @Table(name = "courses") class Course { @Id @GeneratedValue Long id; }
            @Entity class Enrollment { @EmbeddedId EnrollmentId id; @MapsId("studentId") @ManyToOne Student student;
              @MapsId("courseId") @ManyToOne Course course; int grade; }
            @Entity class Booking { @Id Long id; @ManyToOne Enrollment enrollment; }
            @Embeddable class StockId implements java.io.Serializable { Integer depotId; String sku; }
            @Entity class Depot { @Id Integer id; }
            @Entity class Stock { @EmbeddedId StockId id; @MapsId("depotId") @ManyToOne @JoinColumn(name = "depot_ref") Depot depot; int qty; }
            class ContractId implements java.io.Serializable { Long supplier; Long product; }
            @Entity class Supplier { @Id Long id; }
            @Entity class Product { @Id Long id; }
            @Entity @IdClass(ContractId.class) class Contract { @Id @ManyToOne Supplier supplier; @Id @ManyToOne Product product;
              int days; }
            @Entity class Invoice { @Id Long id;
              @OneToMany @JoinColumn(name = "invoice_id") @OrderColumn(name = "line_index") List<Line> lines;
              @OneToMany @JoinColumn(name = "draft_id") @OrderColumn List<Note> drafts; }
            @Entity class Line { @Id Long id; }
            @Entity class Note { @Id Long id; }
            class SeatId implements java.io.Serializable { String hall; int seatNo; }
            @Entity @IdClass(SeatId.class) class Seat { @Id String hall; @Id int seatNo; }
            @Entity class Ticket { @Id Long id;
              @ManyToOne @JoinColumns(value = {@JoinColumn(name = "seat_hall", referencedColumnName = "hall"),
                  @JoinColumn(name = "seat_no", referencedColumnName = "seatNo")}, foreignKey = @ForeignKey(name = "fk_ticket_seat"))
              Seat seat; }
            @Embeddable class Point { double lat; double lng; }
            @Embeddable class Place { String name; Point point; int floor; }
            @Entity class Venue { @Id Long id; Place place; @ElementCollection List<Point> corners; }
            """;

    static final List<String> ENTITIES = List.of("Booking", "Contract", "Course", "Depot", "Enrollment", "Invoice", "Line", "Note",
            "Product", "Seat", "Stock", "Student", "Supplier", "Ticket", "Venue");

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsDerivedKeysOrderedListsAndEmbeddedPrimitivesAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db,
                                                                               PostgresServer server) throws Exception {
        JpaSchemaReaderTest.assertSameAsHibernate(naming, dir, db, server, "d", DERIVED, ENTITIES, List.of("public"), false);
    }

    /** A mistake in a derived key is met twice (the entity's key, then its table) and said once. */
    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void aMistakeInADerivedKeyIsOneProblem(String naming, @TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of("w/Model.java", """
                package w;
                import jakarta.persistence.*;
                @Embeddable class PairId implements java.io.Serializable { Long leftId; Long rightId; }
                @Entity class Side { @Id Long id; }
                @Entity class Pair { @EmbeddedId PairId id; @MapsId("leftId") @ManyToOne Side left;
                  @MapsId("middleId") @ManyToOne Side middle; }
                @Entity class Ref { @Id Long id; @ManyToOne Pair pair; }
                """), JpaSchemaReaderTest.jpaJars());

        assertThatThrownBy(() -> IntentLoader.builder().classpath(classpath).jpa(JpaSettings.of(naming)).load())
                .isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("1 problem")
                .hasMessageContaining("w.Pair.middle: @MapsId(\"middleId\") names no attribute of the entity's @EmbeddedId.");
    }

    static final String SHARED = """
            package s;
            import jakarta.persistence.*;

            @Entity class Person { @Id Long id; }
            @Entity class Profile { @Id Long id; @OneToOne @PrimaryKeyJoinColumn Person person; String bio; }
            @Entity class Owner { @Id Long id;
              @ManyToOne @JoinTable(name = "owner_boss", joinColumns = @JoinColumn(name = "owner_id"),
                  inverseJoinColumns = @JoinColumn(name = "boss_id")) Person boss;
              @OneToOne @JoinTable Person partner; }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsSharedKeysAndToOneJoinTablesAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db,
                                                               PostgresServer server) throws Exception {
        JpaSchemaReaderTest.assertSameAsHibernate(naming, dir, db, server, "s", SHARED, List.of("Owner", "Person", "Profile"),
                List.of("public"), true);
    }

    static final String MAPS = """
            package mp;
            import jakarta.persistence.*;
            import java.util.*;

            @Entity class Item { @Id Long id; String code; }
            @Entity class Shelf { @Id Long id;
              @OneToMany @MapKeyColumn(name = "slot") Map<String, Item> bySlot;
              @ManyToMany @JoinTable(name = "shelf_tagged") Map<String, Item> tagged;
              @OneToMany @MapKey(name = "code") @JoinTable(name = "shelf_codes") Map<String, Item> byCode; }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsAssociationMapsAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db, PostgresServer server)
            throws Exception {
        JpaSchemaReaderTest.assertSameAsHibernate(naming, dir, db, server, "mp", MAPS, List.of("Item", "Shelf"), List.of("public"), true);
    }

    static final String EMBEDDED = """
            package em;
            import jakarta.persistence.*;

            @Entity class Country { @Id Long id; }
            @Embeddable class Addr { String street; @ManyToOne Country country; @ManyToOne(optional = false) Country region; }
            @Entity class Client { @Id Long id; @Embedded Addr home; }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "spring"})
    void mapsAssociationsInsideEmbeddablesAsHibernateCreatesThem(String naming, @TempDir Path dir, TestDatabase db,
                                                                 PostgresServer server) throws Exception {
        JpaSchemaReaderTest.assertSameAsHibernate(naming, dir, db, server, "em", EMBEDDED, List.of("Client", "Country"),
                List.of("public"), true);
    }
}
