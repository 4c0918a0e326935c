/**
 * {@code dibs:import}: Java records, enums and {@code dibs/*.sql} files written from an inspected
 * database, such that loading them back gives the same schema (the round trip).
 *
 * <p>May import model, naming, inspect, diff (a column's sequence as a sequence), render and load; ops uses it. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.importer;
