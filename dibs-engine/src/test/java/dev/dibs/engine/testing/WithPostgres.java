package dev.dibs.engine.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the test class (or method) real PostgreSQL: declare a {@link TestDatabase} parameter to
 * get a fresh database per test, or a {@code PostgresServer} parameter for the shared server.
 * See {@link PostgresExtension}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PostgresExtension.class)
public @interface WithPostgres {
}
