/**
 * Runs migrations exactly once: discovery, the advisory lock, one transaction per migration that
 * the migration cannot end, checksums, the __dibs_* metadata tables.
 *
 * <p>Imports model, load, render, plan and postgres only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.migrate;
