package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities in a project that also has dibs records, and what dibs adds to entities that JPA has no word for: Javadoc. */
class JpaBesideRecordsTest {

    @Test
    void javadocOfEntitiesEmbeddablesAndMappedSuperclassesBecomesComments(@TempDir Path dir) {
        List<Path> scanPath = JavaSources.compile(dir, Map.of(
                "q/Named.java", """
                        package q;
                        @jakarta.persistence.MappedSuperclass
                        public abstract class Named {
                            /** What people call it. */
                            String name;
                        }
                        """,
                "q/Address.java", """
                        package q;
                        @jakarta.persistence.Embeddable
                        public class Address {
                            /** Street and number. */
                            String street;
                        }
                        """,
                "q/Owner.java", """
                        package q;
                        import jakarta.persistence.*;
                        /** Someone who owns pets. */
                        @Entity
                        public class Owner extends Named {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /** Reachable here, weekdays. */
                            String telephone;
                            @Embedded Address address;
                        }
                        """), JpaSchemaReaderTest.jpaJars());

        Table owner = load(scanPath, "spring").schema().table(new QualifiedName("public", "owner")).orElseThrow();

        assertThat(owner.comment()).isEqualTo("Someone who owns pets.");
        assertThat(owner.column("telephone").orElseThrow().comment()).isEqualTo("Reachable here, weekdays.");
        assertThat(owner.column("name").orElseThrow().comment()).isEqualTo("What people call it.");
        assertThat(owner.column("street").orElseThrow().comment()).isEqualTo("Street and number.");
        assertThat(owner.column("id").orElseThrow().comment()).isNull();
    }

    @Test
    void recordsAndEntitiesMakeOneSchemaAndARecordMayReferenceAnEntitysTable(@TempDir Path dir) {
        List<Path> scanPath = JavaSources.compile(dir, Map.of(
                "q/Owner.java", """
                        package q;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "owners")
                        public class Owner {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            String lastName;
                        }
                        """,
                "q/AuditNote.java", """
                        package q;
                        import dev.dibs.*;
                        @dev.dibs.Table("audit_notes")
                        public record AuditNote(@Pk @Identity long id, @References("owners.id") long ownerId, String text) {
                        }
                        """), JpaSchemaReaderTest.jpaJars());

        LoadedSchema loaded = load(scanPath, "spring");

        assertThat(loaded.schema().tables()).extracting(t -> t.name().name()).containsExactly("audit_notes", "owners");
        Table notes = loaded.schema().table(new QualifiedName("public", "audit_notes")).orElseThrow();
        assertThat(notes.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo(new QualifiedName("public", "owners"));
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
        assertThat(loaded.origins().table(new QualifiedName("public", "owners")).orElseThrow().javaName()).isEqualTo("q.Owner");
        assertThat(loaded.origins().column(new QualifiedName("public", "owners"), "last_name").orElseThrow().javaName())
                .isEqualTo("q.Owner.lastName");
        assertThat(loaded.origins().table(new QualifiedName("public", "audit_notes")).orElseThrow().javaName())
                .isEqualTo("q.AuditNote");
    }

    @Test
    void aRecordAndAnEntityOfOneTableAreOneProblem(@TempDir Path dir) {
        List<Path> scanPath = JavaSources.compile(dir, Map.of(
                "q/Owner.java", """
                        package q;
                        @jakarta.persistence.Entity @jakarta.persistence.Table(name = "owners")
                        public class Owner { @jakarta.persistence.Id Long id; }
                        """,
                "q/OwnerRow.java", """
                        package q;
                        @dev.dibs.Table("owners")
                        public record OwnerRow(@dev.dibs.Pk long id) {
                        }
                        """), JpaSchemaReaderTest.jpaJars());

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> load(scanPath, "hibernate"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("the table public.owners is also declared by", "q.Owner", "q.OwnerRow"));
    }

    private static LoadedSchema load(List<Path> scanPath, String naming) {
        return IntentLoader.builder().classpath(scanPath).packages(List.of("q")).jpa(JpaSettings.of(naming)).load();
    }
}
