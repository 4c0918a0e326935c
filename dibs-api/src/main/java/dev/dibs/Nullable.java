package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the column nullable. Any annotation whose simple name is {@code Nullable} counts as well
 * (JSpecify, JSR-305, JetBrains, …), and so does {@code Optional<T>}. Without one, a column is
 * {@code NOT NULL}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {
}
