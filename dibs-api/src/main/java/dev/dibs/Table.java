package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a table. Every non-static, non-transient field (every component of a
 * record) becomes a column. The type's Javadoc becomes {@code COMMENT ON TABLE}.
 *
 * <pre>{@code
 * @Table("users")
 * public record User(@Pk @Identity long id, @Unique String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name, used verbatim (quoted in SQL where needed). Required. */
    String value();

    /** The schema the table lives in. */
    String schema() default "public";

    /**
     * Row-level security: {@link RowLevelSecurity#ENABLED} ({@code ENABLE ROW LEVEL SECURITY}) or
     * {@link RowLevelSecurity#FORCED} (also {@code FORCE}, so the owner is subject to it too). Policies are
     * not declared here: without one, roles subject to it see no rows.
     */
    RowLevelSecurity rowLevelSecurity() default RowLevelSecurity.DISABLED;
}
