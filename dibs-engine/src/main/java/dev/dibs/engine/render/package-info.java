/**
 * Turns each change into SQL statements with their hazards (ChangeRenderer, the one dispatch per
 * change kind), and owns quoting: no other package builds SQL from names.
 *
 * <p>Imports model, naming, diff and load (origins for the create script) only.
 * (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.render;
