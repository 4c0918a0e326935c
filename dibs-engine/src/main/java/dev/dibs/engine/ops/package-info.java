/**
 * The use cases the plugin calls: planning (Planner: diff, solve, render), drift detection,
 * database comparison, migration replay and generation, baselines (a database that already is the
 * Java schema), foretold refusals.
 *
 * <p>May import every engine package; nothing imports it but the plugin. (PackageDependenciesTest
 * checks it.)
 */
package dev.dibs.engine.ops;
