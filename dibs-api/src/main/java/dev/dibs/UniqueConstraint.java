package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A multi-column unique constraint: {@code @UniqueConstraint(columns = "org_id, email")}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueConstraint.List.class)
public @interface UniqueConstraint {
    /** Comma-separated column names (SQL names, or Java member names). */
    String columns();

    /** The constraint name; default: the name Postgres would give it. At most 63 bytes. */
    String name() default "";

    /** Container of repeated {@link UniqueConstraint}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        UniqueConstraint[] value();
    }
}
