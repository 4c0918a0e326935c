package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Postgres enum type of a Java enum. Without it, the type is the enum's simple name in
 * snake_case ({@code OrderStatus} → {@code order_status}). Labels are the constant names, in
 * declaration order, unless {@link Label} gives one another. A {@code @PgEnum} enum declares its
 * type even when no column uses it; a Java enum without {@code @PgEnum} declares one only through
 * the columns of that type.
 *
 * <pre>{@code
 * @PgEnum("shipping_state")
 * public enum ShippingState { @PgEnum.Label("not shipped") NOT_SHIPPED, @PgEnum.Label("in-transit") IN_TRANSIT, shipped }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PgEnum {
    /** The type name; default: the simple name in snake_case. */
    String value() default "";

    /**
     * The schema of the type; default: the schema of the tables using it, or {@code public} when
     * no table uses it.
     */
    String schema() default "";

    /**
     * The label of one constant, where it is not the constant's name: a label with spaces or dashes,
     * or a Java keyword ({@code @PgEnum.Label("new") NEW}). Labels are compared exactly, case included.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Label {
        /** The label, as PostgreSQL stores it. */
        String value();
    }
}
