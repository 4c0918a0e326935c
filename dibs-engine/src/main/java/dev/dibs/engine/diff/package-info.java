/**
 * Compares two schemas into the closed set of typed changes (SchemaChange and its Visitor), one
 * differ per object kind; renames only where declared.
 *
 * <p>Imports model, naming and load (rename hints) only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.diff;
