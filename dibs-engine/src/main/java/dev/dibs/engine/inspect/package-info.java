/**
 * Reads a live database into the model through pg_catalog: one query per object kind for all
 * schemas at once (SQL in resources), on one snapshot; what dibs does not manage comes back as
 * notes.
 *
 * <p>Imports model, naming (its SQL tokenizer) and postgres only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.inspect;
