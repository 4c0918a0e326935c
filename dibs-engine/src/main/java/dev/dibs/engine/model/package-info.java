/**
 * The schema model: immutable records (Schema, Table, Column, Index, keys, checks, enum types,
 * PgType) whose equals means "no change" once normalised. Lookups are their only behaviour.
 *
 * <p>Imports only naming (how PostgreSQL folds, cuts and quotes a name): every other package builds on it. (PackageDependenciesTest checks
 * it.)
 */
package dev.dibs.engine.model;
