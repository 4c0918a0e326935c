/**
 * Turns each change into SQL statements with their hazards (ChangeRenderer, the one dispatch per
 * change kind), and owns quoting and DDL fragments: no other package builds SQL from names.
 *
 * <p>Imports model, naming, diff, load (origins for the create script) and plan (what a statement
 * is) only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.render;
