/**
 * {@code dibs:import}: Java records, enums and {@code dibs/*.sql} files written from an inspected
 * database, such that loading them back gives the same schema (the round trip).
 */
package dev.dibs.engine.importer;
