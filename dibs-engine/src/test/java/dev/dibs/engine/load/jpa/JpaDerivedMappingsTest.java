package dev.dibs.engine.load.jpa;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
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
}
