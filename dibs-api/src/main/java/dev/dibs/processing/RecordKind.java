package dev.dibs.processing;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * What a recorded type is, and which annotation makes it one. The declaration order is the
 * precedence when a type carries more than one of these annotations: it gets one file only.
 */
enum RecordKind {
    TABLE("table", "dev.dibs.Table"),
    MIGRATION("migration", "dev.dibs.Migration"),
    ENUM("enum", "dev.dibs.PgEnum");

    private final String jsonName;
    private final String annotationName;

    RecordKind(String jsonName, String annotationName) {
        this.jsonName = jsonName;
        this.annotationName = annotationName;
    }

    /** The value of the {@code "kind"} key. */
    String jsonName() {
        return jsonName;
    }

    /** Qualified name of the annotation that marks this kind. */
    String annotationName() {
        return annotationName;
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
