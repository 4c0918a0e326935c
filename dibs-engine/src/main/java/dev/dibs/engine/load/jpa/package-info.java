/**
 * JPA entities as the Java schema: {@code jakarta.persistence} (and {@code javax.persistence})
 * annotations read from bytecode, as {@code dev.dibs.engine.load} reads dibs's own, without loading
 * Hibernate or the application, and mapped to tables the way Hibernate ORM 7 maps them on
 * PostgreSQL: names (implicit and physical naming strategies, hashed constraint names), types,
 * nullability, keys, sequences. The output is the same table drafts the record reader gives, so
 * everything after loading (validation, canonicalisation, diff, plan) is shared.
 *
 * <p>Part of the load layer: imports model, naming and load only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.load.jpa;
