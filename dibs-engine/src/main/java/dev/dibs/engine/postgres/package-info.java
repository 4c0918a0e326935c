/**
 * Where PostgreSQL servers come from (embedded, Docker, a JDBC URL), connection information that
 * never prints a secret, server errors for people, and the version's capabilities (PgVersion).
 *
 * <p>Imports naming (identifier quoting) only, and the exception base. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.postgres;
