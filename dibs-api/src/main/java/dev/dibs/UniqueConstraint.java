package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A multi-column unique constraint: {@code @UniqueConstraint(columns = "org_id, email")}, with
 * optionally {@code nullsNotDistinct}, {@code include}, {@code with} (storage parameters) and
 * {@code deferrable}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueConstraint.List.class)
public @interface UniqueConstraint {
    /** Comma-separated column names (SQL names, or Java member names). */
    String columns();

    /** The constraint name; default: the name Postgres would give it. At most 63 bytes. */
    String name() default "";

    /**
     * PostgreSQL 15's {@code NULLS NOT DISTINCT}: rows whose key columns are null count as equal, so
     * only one of them is allowed. Refused on PostgreSQL 14.
     */
    boolean nullsNotDistinct() default false;

    /** Comma-separated columns stored in the constraint's index but not part of the key ({@code INCLUDE}). */
    String include() default "";

    /**
     * The index's storage parameters, in PostgreSQL's words: {@code "fillfactor=70"} or
     * {@code "fillfactor=70, deduplicate_items=off"} ({@code WITH (…)}). Each is {@code name=value},
     * a value being a number or a plain word.
     */
    String with() default "";

    /** Whether the check can be deferred to commit ({@code DEFERRABLE INITIALLY …}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** Container of repeated {@link UniqueConstraint}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        UniqueConstraint[] value();
    }
}
