package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the column part of the primary key. Several {@code @Pk} members form a composite key in
 * declaration order. The constraint is named like Postgres would name it ({@code users_pkey})
 * unless {@code name} says otherwise. The key's name and options ({@code include}, {@code with},
 * {@code deferrable}) belong to the key as a whole: write them on one of its {@code @Pk} members
 * (the same values on several is allowed).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Pk {
    /**
     * The constraint name; default: the name Postgres would give it ({@code users_pkey}). A table
     * renamed with {@code ALTER TABLE … RENAME} keeps its key's old name ({@code old_users_pkey}).
     */
    String name() default "";

    /** Comma-separated columns stored in the key's index but not part of the key ({@code INCLUDE}). */
    String include() default "";

    /** The key index's storage parameters, as {@code "fillfactor=70"} ({@code WITH (…)}); see {@link UniqueConstraint#with()}. */
    String with() default "";

    /** Whether the check can be deferred to commit ({@code DEFERRABLE INITIALLY …}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;
}
