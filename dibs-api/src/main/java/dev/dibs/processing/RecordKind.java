package dev.dibs.processing;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * What a recorded type is, and which annotation makes it one. The declaration order is the
 * precedence when a type carries more than one of these annotations: it gets one file only.
 */
enum RecordKind {
    /**
     * A table: a dibs {@code @Table} type, or a JPA entity, embeddable or mapped superclass, whose
     * Javadoc becomes the comments of the tables and columns dibs maps it to.
     */
    TABLE("table", "dev.dibs.Table",
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass",
            "javax.persistence.Entity", "javax.persistence.Embeddable", "javax.persistence.MappedSuperclass"),
    MIGRATION("migration", "dev.dibs.Migration"),
    ENUM("enum", "dev.dibs.PgEnum");

    private final String jsonName;
    private final List<String> annotationNames;

    RecordKind(String jsonName, String... annotationNames) {
        this.jsonName = jsonName;
        this.annotationNames = List.of(annotationNames);
    }

    /** The value of the {@code "kind"} key. */
    String jsonName() {
        return jsonName;
    }

    /** Qualified names of the annotations that mark this kind (any one of them does). */
    List<String> annotationNames() {
        return annotationNames;
    }

    /** Whether this kind's file carries a {@code "checksum"} key. */
    boolean carriesChecksum() {
        return this == MIGRATION;
    }

    /** {@code @PgEnum} means something only on a Java enum; the other two accept any type. */
    boolean accepts(TypeElement type) {
        return this != ENUM || type.getKind() == ElementKind.ENUM;
    }
}
