package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view declared in Java: the annotated record's components name and type the view's columns,
 * and the annotation holds its query. dibs builds the view from the query (as it builds a
 * {@code CREATE VIEW} of the SQL files under {@code dibs/}) and checks that the columns PostgreSQL
 * derives are the record's: same names ({@link Column#name()} where the default naming does not
 * give them), and types the components' Java types map to. A difference is an error naming the
 * record's component and both types, so that a typed read model cannot drift from its query.
 *
 * <pre>{@code
 * @View("SELECT c.id AS customer_id, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id")
 * public record CustomerOrders(long customerId, long orders) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface View {
    /** The view's query, as after {@code CREATE VIEW … AS}: one {@code SELECT}, {@code WITH … SELECT} or {@code VALUES}. Required. */
    String value();

    /** The view's name, used verbatim. Empty (the default): the record's simple name in snake_case. */
    String name() default "";

    /** The schema the view lives in. */
    String schema() default "public";
}
