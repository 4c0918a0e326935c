package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link DibsMigration}. Migrations run in the lexicographic order of their ids, each once.
 *
 * <pre>{@code
 * @Migration("20261125120000_create_users")
 * public final class CreateUsers implements DibsMigration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Migration {
    /** The id; lexicographic order is apply order. A timestamp prefix keeps it stable. */
    String value();

    /**
     * Whether the migration runs in one transaction (the default). {@code false} runs statements
     * one by one and commits each backfill batch, for work such as {@code CREATE INDEX
     * CONCURRENTLY} that cannot, or should not, hold one transaction.
     */
    boolean transactional() default true;
}
